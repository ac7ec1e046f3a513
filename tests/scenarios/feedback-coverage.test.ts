/**
 * How well feedback explains the known mistakes when it cannot simply recognise them. For every
 * SQL exercise, each known-wrong answer is graded with the OTHER known-wrong answers as the
 * known mistakes (leave one out: a mentor has not written this one down yet), and each further
 * mistake (`<slug>.rejected/*.sql`) with all of them. Each rejection is then:
 * - named: another known mistake reproduces its result;
 * - pattern: a pattern rule (src/engine/sql/patterns/) names the concept from the result and the query's shape;
 * - diff only: nothing but the difference.
 * "Before" is the same grading without pattern rules (they did not exist; naming is unchanged).
 * Run: npx vitest run --project node tests/scenarios/feedback-coverage.test.ts (prints the table).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { buildSqliteImage } from '../../src/datasets/sqlite-image'
import { gradeSqlAnswer } from '../../src/engine/sql/grade-sql-answer'
import type { RunOutcome } from '../../src/engine/types'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'
import type { SqlSandbox } from '../../src/sql-sandbox/protocol'
import { scenarioData } from '../../src/scenarios/data-registry'
import { scenarios } from '../../src/scenarios/index'
import { readScenarioAnswers } from '../../src/cli/scenario-answers'
import type { SqlExercise } from '../../src/scenarios/types'

type Tally = { named: number; pattern: number; diffOnly: number }
const rows: Array<{ exercise: string; answer: string; source: string; outcome: keyof Tally; rule?: string }> = []

const withSql = scenarios.filter((s) => s.exercises.some((e) => e.kind === 'sql'))

describe.each(withSql.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  let sandbox: SqlSandbox
  const keys = scenario.variants.map((v) => v.key)
  beforeAll(async () => {
    const SQL = await loadSqlJs()
    const { generate } = scenarioData(scenario)
    const images = scenario.variants.map((variant) => ({ key: variant.key, bytes: buildSqliteImage(SQL, scenario.tables, generate(variant)) }))
    sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load(scenario.asOf, images)
  }, 300_000) // building every dataset takes a while on a busy machine
  afterAll(() => sandbox?.dispose())

  const runAll = async (sql: string): Promise<RunOutcome[]> => {
    const out: RunOutcome[] = []
    for (const key of keys) {
      const o = await sandbox.run(key, sql, { maxRows: 100_000 })
      out.push(o.ok ? { ok: true, result: { columns: o.result.columns, rows: o.result.rows } } : o)
    }
    return out
  }

  const exercises = scenario.exercises.filter((e): e is SqlExercise => e.kind === 'sql')
  it.each(exercises.map((e) => [e.id, e] as const))('%s', async (id, exercise) => {
    const reference = await runAll(exercise.reference)
    const wrong = await exercise.loadWrongAnswers()
    const wrongRuns = await Promise.all(wrong.map(async (w) => ({ answer: w, outcomes: await runAll(w.sql) })))
    const further = readScenarioAnswers(scenario.id, id.split('/')[1], 'rejected', '.sql').map((f) => ({ name: f.name, sql: f.text }))
    const graded = [
      ...wrongRuns.map((w) => ({ name: w.answer.name, sql: w.answer.sql, source: 'wrong', outcomes: w.outcomes, others: wrongRuns.filter((o) => o !== w) })),
      ...(await Promise.all(further.map(async (f) => ({ name: f.name, sql: f.sql, source: 'rejected', outcomes: await runAll(f.sql), others: wrongRuns })))),
    ]
    for (const g of graded) {
      const grade = gradeSqlAnswer({
        orderBy: exercise.orderBy,
        key: exercise.key,
        answer: g.sql,
        reference: exercise.reference,
        datasets: keys.map((key, i) => {
          const expected = reference[i]
          if (!expected.ok) throw new Error(`${id}: the reference fails on ${key}`)
          return { key, expected: expected.result, actual: g.outcomes[i], knownWrong: g.others.map((o) => ({ answer: o.answer, outcome: o.outcomes[i] })) }
        }),
      })
      expect(grade.verdict, `${id} ${g.name}`).toBe('rejected')
      const outcome = grade.diagnosis?.source === 'known-mistake' ? 'named' : grade.diagnosis ? 'pattern' : 'diffOnly'
      rows.push({ exercise: id, answer: g.name, source: g.source, outcome, rule: grade.diagnosis?.id })
    }
  })
})

afterAll(() => {
  const tally = (filter: (r: (typeof rows)[number]) => boolean, withPatterns: boolean): Tally => {
    const t: Tally = { named: 0, pattern: 0, diffOnly: 0 }
    for (const r of rows.filter(filter)) t[r.outcome === 'pattern' && !withPatterns ? 'diffOnly' : r.outcome]++
    return t
  }
  const lines = ['Feedback coverage over known-wrong SQL answers (leave one out) and further mistakes (.rejected):']
  for (const [label, filter] of [
    ['known-wrong (leave one out)', (r: (typeof rows)[number]) => r.source === 'wrong'],
    ['further mistakes (.rejected)', (r: (typeof rows)[number]) => r.source === 'rejected'],
    ['all', () => true],
  ] as const) {
    const before = tally(filter, false)
    const after = tally(filter, true)
    lines.push(`  ${label}: before named ${before.named}, pattern ${before.pattern}, diff only ${before.diffOnly}; after named ${after.named}, pattern ${after.pattern}, diff only ${after.diffOnly}`)
  }
  for (const r of rows.filter((r) => r.outcome !== 'diffOnly')) lines.push(`  ${r.outcome} ${r.rule}: ${r.exercise} ${r.source}/${r.answer}`)
  console.log(lines.join('\n'))
})
