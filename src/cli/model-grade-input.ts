import type { ModelGradeInput } from '../grading/model-grader'
import { scenarioQuestions } from '../scenarios/model-exercise'
import type { ModelExercise, Scenario } from '../scenarios/types'

/** What grading any answer to a data-model exercise needs besides the answer: its spec (loaded from the scenario folder), reference and questions. */
export async function modelGradeBase(scenario: Scenario, exercise: ModelExercise): Promise<Omit<ModelGradeInput, 'answer'>> {
  return { spec: await exercise.loadSpec(), reference: exercise.reference, questions: scenarioQuestions(scenario) }
}

/** A scenario's data-model exercises. */
export const modelExercisesOf = (scenario: Scenario): ModelExercise[] => scenario.exercises.filter((e): e is ModelExercise => e.kind === 'model')
