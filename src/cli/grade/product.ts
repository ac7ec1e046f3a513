/** Product-sense answers: the rubric, in this thread (no sandbox: Markdown is only read). */
import { gradeProductAnswer } from '../../engine/rubric/grade-product-answer'
import type { ProductExercise } from '../../scenarios/types'
import type { BatchRequest } from './types'

export async function gradeProductAnswers({ exercise, answers, onGraded }: BatchRequest<ProductExercise>): Promise<void> {
  const rubric = await exercise.loadRubric()
  for (const [index, { answer }] of answers.entries()) onGraded(index, { grade: gradeProductAnswer(rubric, answer).grade })
}
