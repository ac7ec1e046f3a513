import { toExerciseId } from '../engine/ids'
import { readScenarioFile, type ScenarioFiles } from './sql-exercise'
import type { ProductExercise } from './types'

/**
 * A scenario's product-sense question: `product-sense.md` in its folder, graded by its rubric
 * in src/engine/rubric/rubrics (not imported here, so the catalog stays light; a test checks
 * every product exercise has one).
 */
export function defineProductExercise(spec: { scenarioId: string; title: string; hints: string[] }, files: ScenarioFiles): ProductExercise {
  const id = `${spec.scenarioId}/product-sense`
  const statement = readScenarioFile(files, spec.scenarioId, 'product-sense.md')
  return { id: toExerciseId(id), kind: 'product', title: spec.title, difficulty: 'medium', statement, hints: spec.hints }
}
