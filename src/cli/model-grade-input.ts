import { dataModelSpecs } from '../engine/schema/models/index'
import type { ModelGradeInput } from '../grading/model-grader'
import { scenarioQuestions } from '../scenarios/model-exercise'
import type { ModelExercise, Scenario } from '../scenarios/types'

/** What grading any answer to a data-model exercise needs besides the answer; undefined when it has no spec. */
export function modelGradeBase(scenario: Scenario, exercise: ModelExercise): Omit<ModelGradeInput, 'answer'> | undefined {
  const spec = dataModelSpecs[exercise.id]
  return spec && { spec, reference: exercise.reference, questions: scenarioQuestions(scenario) }
}

/** A scenario's data-model exercises. */
export const modelExercisesOf = (scenario: Scenario): ModelExercise[] => scenario.exercises.filter((e): e is ModelExercise => e.kind === 'model')
