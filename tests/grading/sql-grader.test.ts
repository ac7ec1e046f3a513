import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import type { RunOutcome } from '../../src/engine/types'
import type { ExerciseId } from '../../src/engine/ids'
import { createSqlGrader, type TrustedRunCache } from '../../src/grading/sql-grader'
import type { SqlExercise, WrongAnswer } from '../../src/scenarios/types'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/node/node-sql-client'
import type { SqlSandbox } from '../../src/sql-sandbox/protocol'

const WRONG: WrongAnswer = { name: 'counts-rows', mistake: 'you count rows, not users', hint: 'COUNT(DISTINCT user_id)', sql: 'SELECT COUNT(*) AS users FROM visits' }

/** Two datasets: on `visible` every user visits once (so counting rows is right there), on `hidden-1` twice. */
async function openSandbox(): Promise<{ sandbox: SqlSandbox; runs: string[] }> {
  const SQL = await initSqlJs()
  const image = (visits: number[]) => {
    const db = new SQL.Database()
    db.run('CREATE TABLE visits (user_id INTEGER)')
    for (const user of visits) db.run('INSERT INTO visits VALUES (?)', [user])
    const bytes = db.export()
    db.close()
    return bytes
  }
  const inner = createInProcessSqlSandbox(SQL)
  await inner.load('2024-06-30', [
    { key: 'visible', bytes: image([1, 2, 3]) },
    { key: 'hidden-1', bytes: image([1, 1, 2, 2]) },
  ])
  const runs: string[] = []
  // Records every query the grader asks for, by dataset.
  const sandbox: SqlSandbox = { ...inner, run: (dataset, sql, options) => (runs.push(`${dataset}: ${sql}`), inner.run(dataset, sql, options)) }
  return { sandbox, runs }
}

function exercise(loads: { count: number }): SqlExercise {
  return {
    id: 'test/sql-users' as ExerciseId,
    kind: 'sql',
    title: 'Users',
    difficulty: 'easy',
    statement: '',
    hints: [],
    reference: 'SELECT COUNT(DISTINCT user_id) AS users FROM visits',
    ordered: false,
    loadWrongAnswers: async () => {
      loads.count++
      return [WRONG]
    },
  } as SqlExercise
}

function memoryCache(): TrustedRunCache & { entries: Map<string, RunOutcome> } {
  const entries = new Map<string, RunOutcome>()
  return { entries, get: (d, sql) => entries.get(`${d} ${sql}`), set: (d, sql, outcome) => void entries.set(`${d} ${sql}`, outcome) }
}

describe('createSqlGrader', () => {
  it('accepts a right answer without running the known-wrong answers', async () => {
    const { sandbox, runs } = await openSandbox()
    const loads = { count: 0 }
    const grade = await createSqlGrader(sandbox, { datasetKeys: ['visible', 'hidden-1'] }).grade(exercise(loads), 'SELECT COUNT(DISTINCT user_id) FROM visits')
    expect(grade.verdict).toBe('accepted')
    expect(loads.count).toBe(0)
    expect(runs.some((r) => r.includes('COUNT(*)'))).toBe(false)
  })

  it('runs the known-wrong answers only on the datasets where the answer fails, and still names the mistake', async () => {
    const { sandbox, runs } = await openSandbox()
    const grade = await createSqlGrader(sandbox, { datasetKeys: ['visible', 'hidden-1'] }).grade(exercise({ count: 0 }), 'SELECT COUNT(user_id) FROM visits')
    expect(grade.verdict).toBe('rejected')
    expect(grade.feedback.join('\n')).toContain('you count rows, not users')
    expect(runs.filter((r) => r.includes('COUNT(*)'))).toEqual([`hidden-1: ${WRONG.sql}`])
  })

  it('answers our own queries from its cache, and never caches the learner\'s', async () => {
    const cache = memoryCache()
    const first = await openSandbox()
    await createSqlGrader(first.sandbox, { datasetKeys: ['visible', 'hidden-1'], cache }).grade(exercise({ count: 0 }), 'SELECT COUNT(user_id) FROM visits')
    expect([...cache.entries.keys()].sort()).toEqual([
      'hidden-1 SELECT COUNT(*) AS users FROM visits',
      'hidden-1 SELECT COUNT(DISTINCT user_id) AS users FROM visits',
      'visible SELECT COUNT(DISTINCT user_id) AS users FROM visits',
    ])
    const second = await openSandbox()
    const grade = await createSqlGrader(second.sandbox, { datasetKeys: ['visible', 'hidden-1'], cache }).grade(exercise({ count: 0 }), 'SELECT COUNT(user_id) FROM visits')
    expect(grade.feedback.join('\n')).toContain('you count rows, not users')
    expect(second.runs).toEqual(['visible: SELECT COUNT(user_id) FROM visits', 'hidden-1: SELECT COUNT(user_id) FROM visits'])
  })

  it('prepare runs the reference and every known-wrong answer on every dataset ahead of time', async () => {
    const { sandbox, runs } = await openSandbox()
    await createSqlGrader(sandbox, { datasetKeys: ['visible', 'hidden-1'] }).prepare(exercise({ count: 0 }))
    expect(runs.filter((r) => r.includes('COUNT(*)'))).toHaveLength(2)
  })
})
