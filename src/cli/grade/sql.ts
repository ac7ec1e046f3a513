/**
 * SQL answers of one exercise: the scenario's datasets are opened once, the reference (and, for
 * rejected answers, the known-wrong answers) run once and are remembered in `.tools/cache/`, and
 * each answer then costs its own runs and comparisons. Every run uses a fresh copy of the data,
 * so one answer cannot change what the next is graded on; a runaway query is stopped by the
 * sandbox's time limit (its thread restarts) and the next answer is graded as usual.
 */
import type { SqlExercise } from '../../scenarios/types'
import { findCounterexampleForGrade } from '../counterexample/find-for-grade'
import { openFileRunCache } from '../grade-cache'
import { openScenarioRuntime } from '../scenario-runtime'
import type { BatchRequest } from './types'

export async function gradeSqlAnswers({ scenario, exercise, answers, tools, onGraded }: BatchRequest<SqlExercise>): Promise<void> {
  const cache = openFileRunCache(new URL('cache/', tools), scenario.id)
  const runtime = await openScenarioRuntime(scenario, new URL('sql-thread.mjs', tools), { cache })
  try {
    for (const [index, { answer }] of answers.entries()) {
      const grade = await runtime.grader.grade(exercise, answer)
      const counterexample = await findCounterexampleForGrade(runtime.sandbox, exercise, answer, grade)
      onGraded(index, { grade, counterexample })
    }
  } finally {
    cache.save()
    runtime.dispose()
  }
}
