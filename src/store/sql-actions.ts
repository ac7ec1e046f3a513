import type { Grade } from '../engine/types'
import type { SqlExercise } from '../scenarios/types'
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
      await gradeIntoSession(get, patch, id, async () => {
        const runtime = await runtimes.sql(scenario)
        await runtime.prepare(exercise)
        return runtime.grader.grade(exercise, sql)
      })
    },
  }
}
