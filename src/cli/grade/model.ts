/** Data-model answers of one exercise: one sandbox, each design built on its own empty database. */
import { createModelGrader } from '../../grading/model-grader'
import type { ModelExercise } from '../../scenarios/types'
import { createNodeSqlSandbox } from '../../sql-sandbox/node/node-sql-client'
import { modelGradeBase } from '../model-grade-input'
import type { BatchRequest } from './types'

export async function gradeModelAnswers({ scenario, exercise, answers, tools, onGraded }: BatchRequest<ModelExercise>): Promise<void> {
  const base = await modelGradeBase(scenario, exercise)
  const knownWrong = await exercise.loadWrongAnswers()
  const sandbox = createNodeSqlSandbox(new URL('sql-thread.mjs', tools))
  try {
    const grader = createModelGrader(sandbox)
    for (const [index, { answer }] of answers.entries()) onGraded(index, { grade: await grader.grade({ ...base, answer, knownWrong }) })
  } finally {
    sandbox.dispose()
  }
}
