import { toExerciseId } from '../engine/ids'
import { productSenseRubrics } from '../engine/rubric/rubrics/index'
import type { RawFiles } from './sql-exercise'
import type { ProductExercise } from './types'

/** A scenario's product-sense question: `product-sense.md` in its folder, graded by its rubric. */
export function defineProductExercise(spec: { scenarioId: string; title: string; hints: string[] }, files: RawFiles): ProductExercise {
  const id = `${spec.scenarioId}/product-sense`
  if (!productSenseRubrics[id]) throw new Error(`${spec.scenarioId}: there is no product-sense rubric for ${id}`)
  const statement = files['./product-sense.md']
  if (statement === undefined) throw new Error(`${spec.scenarioId}: the file product-sense.md is missing`)
  return { id: toExerciseId(id), kind: 'product', title: spec.title, difficulty: 'medium', statement, hints: spec.hints }
}
