/**
 * The rubrics and data-model specs of every scenario, loaded from the scenario folders once,
 * by exercise id: what engine and scenario tests grade with.
 */
import type { Rubric } from '../../src/engine/rubric/types'
import type { ModelSpec } from '../../src/engine/schema/types'
import { allExercises } from '../../src/scenarios'

export const productSenseRubrics: Record<string, Rubric> = Object.fromEntries(
  await Promise.all(allExercises().flatMap((e) => (e.kind === 'product' ? [e.loadRubric().then((r) => [e.id, r] as const)] : []))),
)

export const dataModelSpecs: Record<string, ModelSpec> = Object.fromEntries(
  await Promise.all(allExercises().flatMap((e) => (e.kind === 'model' ? [e.loadSpec().then((s) => [e.id, s] as const)] : []))),
)
