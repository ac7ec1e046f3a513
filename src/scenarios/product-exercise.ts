import { toExerciseId } from '../engine/ids'
import type { Rubric } from '../engine/rubric/types'
import { loadScenarioModule, readScenarioFile, type ScenarioFiles } from './sql-exercise'
import type { ProductExercise } from './types'

/**
 * A scenario's product-sense question: `product-sense.md` in its folder, graded by its
 * `product-sense.rubric.ts` (loaded on demand, so the catalog stays light).
 */
export function defineProductExercise(spec: { scenarioId: string; title: string; hints: string[] }, files: ScenarioFiles): ProductExercise {
  const id = `${spec.scenarioId}/product-sense`
  const statement = readScenarioFile(files, spec.scenarioId, 'product-sense.md')
  return {
    id: toExerciseId(id),
    kind: 'product',
    title: spec.title,
    difficulty: 'medium',
    statement,
    hints: spec.hints,
    loadRubric: loadOnce(() => loadScenarioModule<Rubric>(files, spec.scenarioId, 'product-sense.rubric.ts')),
  }
}

/** `load`, called at most once while it succeeds: later calls share its promise; a failure is retried. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    if (!pending) {
      pending = load()
      pending.catch(() => (pending = undefined))
    }
    return pending
  }
}
