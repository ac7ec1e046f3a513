/**
 * Every SQL exercise of every registered scenario, through the whole grading path
 * (sandbox engine -> grader -> engine verdict, in process) on every dataset:
 * - the reference is accepted, returns rows, and equals the TypeScript re-computation;
 * - every known-wrong answer is rejected with its mistake named, and no two known-wrong
 *   answers give the same results everywhere (so the named mistake is the right one);
 * - answers written very differently (src/scenarios/<id>/<slug>.alt/*.sql) are
 *   accepted, and other realistic mistakes (src/scenarios/<id>/<slug>.rejected/*.sql) rejected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { buildSqliteImage } from '../../src/datasets/sqlite-image'
import type { Dataset } from '../../src/datasets/types'
import { compareResultSets } from '../../src/engine/compare/compare-result-sets'
import type { QueryResult } from '../../src/engine/types'
import { createSqlGrader, type SqlGrader } from '../../src/grading/sql-grader'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'
import type { SqlSandbox } from '../../src/sql-sandbox/protocol'
import { scenarioData } from '../../src/scenarios/data-registry'
import { scenarios } from '../../src/scenarios/index'
import { readScenarioAnswers, type AnswerFolder } from '../../src/cli/scenario-answers'
import type { Scenario, SqlExercise, WrongAnswer } from '../../src/scenarios/types'

const sqlFiles = (scenarioId: string, folder: AnswerFolder, slug: string) =>
  readScenarioAnswers(scenarioId, slug, folder, '.sql').map((f) => ({ name: f.name, sql: f.text }))

const withSql = scenarios.filter((s) => s.exercises.some((e) => e.kind === 'sql'))

describe.each(withSql.map((s) => [s.id, s] as const))('%s', (scenarioId, scenario: Scenario) => {
  let sandbox: SqlSandbox
  let grader: SqlGrader
  const data = new Map<string, Dataset>()

  const { generate, expected: computations } = scenarioData(scenario)

  beforeAll(async () => {
    const SQL = await loadSqlJs()
    const images = scenario.variants.map((variant) => {
      const dataset = generate(variant)
      data.set(variant.key, dataset)
      return { key: variant.key, bytes: buildSqliteImage(SQL, scenario.tables, dataset) }
    })
    sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load(scenario.asOf, images)
    grader = createSqlGrader(sandbox, { datasetKeys: images.map((i) => i.key) })
  })
  afterAll(() => sandbox?.dispose())

  const run = async (key: string, sql: string): Promise<QueryResult> => {
    const outcome = await sandbox.run(key, sql, { maxRows: 100_000 })
    if (!outcome.ok) throw new Error(`${key}: ${outcome.failure.message}`)
    return { columns: outcome.result.columns, rows: outcome.result.rows }
  }

  const exercises = scenario.exercises.filter((e): e is SqlExercise => e.kind === 'sql')
  describe.each(exercises.map((e) => [e.id.split('/')[1], e] as const))('%s', (slug, exercise) => {
    const orderBy = (result: QueryResult) => exercise.orderBy?.map((name) => result.columns.indexOf(name))
    let wrongAnswers: WrongAnswer[] = []
    beforeAll(async () => {
      wrongAnswers = await exercise.loadWrongAnswers()
    })

    it('accepts its reference on every dataset, which returns rows equal to the TypeScript computation', async () => {
      const grade = await grader.grade(exercise, exercise.reference)
      expect(grade.verdict, grade.feedback.join('\n')).toBe('accepted')
      for (const variant of scenario.variants) {
        const reference = await run(variant.key, exercise.reference)
        expect(reference.rows.length, variant.key).toBeGreaterThan(0)
        const expected = computations[slug](data.get(variant.key)!)
        expect(compareResultSets(expected, reference, { orderBy: orderBy(expected) }).equal, variant.key).toBe(true)
      }
    })

    it('rejects each known-wrong answer and names its mistake', async () => {
      expect(wrongAnswers.length).toBeGreaterThanOrEqual(5)
      for (const wrong of wrongAnswers) {
        const grade = await grader.grade(exercise, wrong.sql)
        expect(grade.verdict, wrong.name).toBe('rejected')
        expect(grade.feedback.join('\n'), wrong.name).toContain(wrong.mistake.replace(/\.$/, ''))
      }
    })

    it('has known-wrong answers that differ from each other on some dataset', async () => {
      const results = new Map<string, QueryResult[]>()
      for (const wrong of wrongAnswers) results.set(wrong.name, await Promise.all(scenario.variants.map((v) => run(v.key, wrong.sql))))
      const names = [...results.keys()]
      for (let i = 0; i < names.length; i++) {
        for (let j = i + 1; j < names.length; j++) {
          const a = results.get(names[i])!
          const b = results.get(names[j])!
          const same = a.every((r, k) => compareResultSets(r, b[k], { orderBy: orderBy(r) }).equal)
          expect(same, `${names[i]} and ${names[j]} give the same results everywhere`).toBe(false)
        }
      }
    })

    const alternatives = sqlFiles(scenarioId, 'alt', slug)
    const mistakes = sqlFiles(scenarioId, 'rejected', slug)
    it('has at least three alternative correct answers and three further mistakes to test with', () => {
      expect(alternatives.length).toBeGreaterThanOrEqual(3)
      expect(mistakes.length).toBeGreaterThanOrEqual(3)
    })
    it.each(alternatives)('accepts the alternative $name', async ({ sql }) => {
      const grade = await grader.grade(exercise, sql)
      expect(grade.verdict, grade.feedback.join('\n')).toBe('accepted')
    })
    it.each(mistakes)('rejects the mistake $name with feedback', async ({ sql }) => {
      const grade = await grader.grade(exercise, sql)
      expect(grade.verdict).toBe('rejected')
      expect(grade.feedback.length).toBeGreaterThan(0)
      expect(wrongAnswers.some((w) => w.sql.trim() === sql.trim()), 'already a known-wrong answer').toBe(false)
    })
  })
})
