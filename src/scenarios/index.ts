import type { ExerciseId, ScenarioId } from '../engine/ids'
import type { Exercise, Scenario } from './types'

/**
 * Every scenario folder's `scenario.ts` (its default export), found by the build: a mentor adds a
 * scenario by adding its folder, and nothing else. Only `scenario.ts` is imported here; its
 * grading modules and known-wrong answers load on demand, and `scenario-data.ts` (generator and
 * re-computations) only in Node (see data-registry.ts).
 */
const modules = import.meta.glob<Scenario>('./*/scenario.ts', { eager: true, import: 'default' })

/** Every scenario, in catalog order: by `position`, then by title. */
export const scenarios: Scenario[] = Object.values(modules).sort(
  (a, b) => (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title),
)

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === (id as ScenarioId))
}

export function findExercise(id: string): { scenario: Scenario; exercise: Exercise } | undefined {
  for (const scenario of scenarios) {
    const exercise = scenario.exercises.find((e) => e.id === (id as ExerciseId))
    if (exercise) return { scenario, exercise }
  }
  return undefined
}

export function allExercises(): Exercise[] {
  return scenarios.flatMap((s) => s.exercises)
}

/** Scenario folders whose `scenario.ts` names another id: `scenarios:check` reports them. */
export function misnamedScenarioFolders(): Array<{ folder: string; id: string }> {
  return Object.entries(modules).flatMap(([path, scenario]) => {
    const folder = path.split('/')[1]
    return scenario.id === folder ? [] : [{ folder, id: scenario.id }]
  })
}
