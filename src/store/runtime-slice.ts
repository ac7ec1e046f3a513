import type { StateCreator } from 'zustand/vanilla'
import { findExercise } from '../scenarios/index'
import type { Exercise } from '../scenarios/types'
import type { RuntimeRegistry } from './runtimes'
import type { AppState, RuntimeSlice } from './types'

/** The key of a scenario's SQL runtime in `runtimes`. */
export const sqlRuntimeKey = (scenarioId: string): string => `sql:${scenarioId}`

/** The key of the runtime an exercise runs in (its status is `runtimes[key]`); none for product sense. */
export function runtimeKey(exercise: Pick<Exercise, 'id' | 'kind'>): string | undefined {
  switch (exercise.kind) {
    case 'sql':
      return sqlRuntimeKey(exercise.id.split('/')[0])
    case 'python':
      return 'python'
    case 'model':
      return 'model'
    case 'product':
      return undefined
  }
}

/** When a SQL page has been open this long, its grader prepares in the background. */
const PREPARE_DELAY_MS = 300

export function createRuntimeSlice(runtimes: RuntimeRegistry): StateCreator<AppState, [], [], RuntimeSlice> {
  return (_set, get) => ({
    runtimes: {},

    openExercise: (exerciseId) => {
      const found = findExercise(exerciseId)
      if (!found) return () => undefined
      // Time on the page counts for the progress page, product sense included.
      const endVisit = get().startVisit(exerciseId)
      const key = runtimeKey(found.exercise)
      if (!key) return endVisit
      const { scenario, exercise } = found
      const start = () => (exercise.kind === 'sql' ? runtimes.sql(scenario) : exercise.kind === 'python' ? runtimes.python() : runtimes.model())
      const release = runtimes.retain(key, start)
      let timer: ReturnType<typeof setTimeout> | undefined
      let open = true
      if (exercise.kind === 'sql') {
        // Run the reference and known-wrong answers in the background, so the first Submit is quick.
        runtimes.sql(scenario).then(
          (runtime) => {
            if (open) timer = setTimeout(() => runtime.prepare(exercise).catch(() => undefined), PREPARE_DELAY_MS)
          },
          () => undefined,
        )
      }
      return () => {
        endVisit()
        open = false
        clearTimeout(timer)
        release()
      }
    },

    warmExercise: (exerciseId) => {
      const found = findExercise(exerciseId)
      if (!found) return
      const { scenario, exercise } = found
      const started = exercise.kind === 'sql' ? runtimes.sql(scenario) : exercise.kind === 'python' ? runtimes.python() : undefined
      started?.catch(() => undefined) // reported in `runtimes`; the page shows it
    },

    disposeRuntimes: () => runtimes.disposeAll(),
  })
}
