import type { Grade } from '../engine/types'
import type { Scenario, SqlExercise } from '../scenarios/types'
import { DISPLAY_ROW_LIMIT } from '../sql-sandbox/protocol'
import type { ActionContext, KindActions } from './action-context'
import { gradeIntoSession, messageOf } from './session-helpers'

const emptyAnswerGrade: Grade = { verdict: 'rejected', score: 0, checks: [], feedback: ['The answer is empty: write a query, then Submit.'] }

/** SQL answers run on the scenario's datasets, in its SQL runtime. */
export function createSqlActions({ get, patch, runtimes }: ActionContext): KindActions<SqlExercise> {
  return {
    async run(exercise, scenario, given) {
      const sql = given ?? ''
      const id = exercise.id
      if (sql.trim() === '') {
        patch(id, { run: { status: 'failed', failure: { kind: 'error', message: 'The answer is empty: write a query, then Run.' } }, output: 'result' })
        return
      }
      patch(id, { run: { status: 'running' }, output: 'result' })
      try {
        const runtime = await runtimes.sql(scenario)
        const outcome = await runtime.sandbox.run(runtime.visibleKey, sql, { maxRows: DISPLAY_ROW_LIMIT })
        patch(id, { run: outcome.ok ? { status: 'done', result: outcome.result } : { status: 'failed', failure: outcome.failure } })
      } catch (error) {
        patch(id, { run: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    async plan(exercise, scenario, given) {
      const sql = given ?? ''
      const id = exercise.id
      if (sql.trim() === '') {
        patch(id, { plan: { status: 'failed', failure: { kind: 'error', message: 'The answer is empty: write a query, then press Plan.' } }, output: 'plan' })
        return
      }
      patch(id, { plan: { status: 'planning' }, output: 'plan' })
      try {
        const runtime = await runtimes.sql(scenario)
        const outcome = await runtime.sandbox.plan(runtime.visibleKey, sql)
        patch(id, { plan: outcome.ok ? { status: 'done', nodes: outcome.nodes, sql } : { status: 'failed', failure: outcome.failure } })
      } catch (error) {
        patch(id, { plan: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    async submit(exercise, scenario, given) {
      const sql = given ?? ''
      const id = exercise.id
      get().recordAttempt(id)
      if (sql.trim() === '') {
        patch(id, { grade: { status: 'done', grade: emptyAnswerGrade }, submitted: true })
        return
      }
      await gradeIntoSession(
        get,
        patch,
        id,
        async () => {
          const runtime = await runtimes.sql(scenario)
          await runtime.prepare(exercise)
          return runtime.grader.grade(exercise, sql)
        },
        () => ({ gradedAnswer: sql, counterexample: undefined }),
      )
    },
  }
}

/** How long a search for a small example may take before it shows the smallest found so far. */
export const COUNTEREXAMPLE_TIME_LIMIT_MS = 3_000

/**
 * The small-example search of a rejected SQL answer: off the main thread (in the SQL worker), on
 * a scratch copy of the first dataset that disagreed, with progress, a stop, and a time limit.
 * A new Run, Plan or Submit of the exercise stops it first, so it never holds them up.
 */
export function createCounterexampleSearch({ get, patch, runtimes }: ActionContext) {
  const running = new Map<string, AbortController>()

  const stop = (exerciseId: string) => {
    running.get(exerciseId)?.abort()
    running.delete(exerciseId)
  }

  const find = async (exercise: SqlExercise, scenario: Scenario) => {
    const id = exercise.id
    const session = get().sessions[id]
    const grade = session?.grade.status === 'done' ? session.grade.grade : undefined
    const answer = session?.gradedAnswer
    if (!grade?.diff || grade.verdict !== 'rejected' || answer === undefined) return
    stop(id)
    const controller = new AbortController()
    running.set(id, controller)
    patch(id, { counterexample: { status: 'searching' } })
    try {
      const runtime = await runtimes.sql(scenario)
      const outcome = await runtime.sandbox.counterexample(grade.diff.dataset, answer, exercise.reference, {
        orderBy: exercise.orderBy,
        timeLimitMs: COUNTEREXAMPLE_TIME_LIMIT_MS,
        results: { expected: grade.diff.expected, actual: grade.diff.actual },
        signal: controller.signal,
        onProgress: ({ rows, tests }) => running.get(id) === controller && patch(id, { counterexample: { status: 'searching', rows, tests } }),
      })
      if (controller.signal.aborted || running.get(id) !== controller) return
      if (!outcome.ok) patch(id, { counterexample: { status: 'none', reason: outcome.failure.message } })
      else if (outcome.result.found) patch(id, { counterexample: { status: 'done', example: outcome.result.counterexample } })
      else patch(id, { counterexample: { status: 'none', reason: outcome.result.reason } })
    } catch (error) {
      patch(id, { counterexample: { status: 'none', reason: messageOf(error) } })
    } finally {
      if (running.get(id) === controller) running.delete(id)
    }
  }

  return { find, stop }
}
