/**
 * Proves the feed-engagement SQL exercises on every dataset variant:
 * - the reference returns rows and equals the TypeScript re-computation;
 * - every known-wrong answer is rejected on at least one dataset, and no two of them look
 *   the same everywhere (so the feedback can name the right mistake);
 * - every alternative correct answer is accepted everywhere;
 * - every extra mistake is rejected somewhere.
 */
import type { QueryResult } from '../../../src/engine/types'
import { type LoadedDataset, loadDatasets, readSqlFolder, runQuery, sameResult, sqlExercises } from './harness'

const exercises = sqlExercises()
let datasets: LoadedDataset[] = []
/** Reference results by exercise slug, then dataset key. */
const references = new Map<string, Map<string, QueryResult>>()

beforeAll(async () => {
  datasets = await loadDatasets()
  for (const [slug, exercise] of exercises) {
    references.set(slug, new Map(datasets.map((d) => [d.key, runQuery(d.db, exercise.reference)])))
  }
})
afterAll(() => datasets.forEach((d) => d.db.close()))

/** Keys of the datasets on which `sql` gives another result than the reference. */
function datasetsThatReject(slug: string, sql: string): string[] {
  const exercise = exercises.get(slug)!
  return datasets
    .filter((d) => !sameResult(exercise, references.get(slug)!.get(d.key)!, runQuery(d.db, sql)))
    .map((d) => d.key)
}

it('has the four SQL exercises', () => {
  expect([...exercises.keys()].sort()).toEqual([
    'sql-cohort-retention',
    'sql-dau-by-platform',
    'sql-dau-mau-ratio',
    'sql-engagement-funnel',
  ])
})

describe.each([...exercises.keys()])('%s', (slug) => {
  const exercise = exercises.get(slug)!

  it('reference returns rows equal to the TypeScript computation on every dataset', () => {
    for (const d of datasets) {
      const reference = references.get(slug)!.get(d.key)!
      expect(reference.rows.length, d.key).toBeGreaterThan(0)
      const expected = exercise.expected(d.data)
      expect(expected.columns, d.key).toEqual(reference.columns)
      expect(sameResult(exercise, expected, reference), `${slug} on ${d.key}`).toBe(true)
    }
  })

  it('has at least five known-wrong answers, each with a mistake and a hint', () => {
    expect(exercise.wrongAnswers.length).toBeGreaterThanOrEqual(5)
    for (const wrong of exercise.wrongAnswers) {
      expect(wrong.mistake, wrong.name).not.toBe('')
      expect(wrong.hint, wrong.name).not.toBe('')
    }
  })

  it('rejects every known-wrong answer on at least one dataset', () => {
    for (const wrong of exercise.wrongAnswers) {
      expect(datasetsThatReject(slug, wrong.sql), wrong.name).not.toEqual([])
    }
  })

  it('tells the known-wrong answers apart from each other', () => {
    const results = exercise.wrongAnswers.map((w) => datasets.map((d) => runQuery(d.db, w.sql)))
    for (let i = 0; i < results.length; i++) {
      for (let j = i + 1; j < results.length; j++) {
        const differ = datasets.some((_, k) => !sameResult(exercise, results[i][k], results[j][k]))
        expect(differ, `${exercise.wrongAnswers[i].name} vs ${exercise.wrongAnswers[j].name}`).toBe(true)
      }
    }
  })

  const alternatives = readSqlFolder('alternatives', slug)
  it('has at least three alternative correct answers', () => expect(alternatives.length).toBeGreaterThanOrEqual(3))
  it.each(alternatives.map((a) => [a.name, a.sql]))('accepts the alternative %s on every dataset', (_, sql) => {
    expect(datasetsThatReject(slug, sql)).toEqual([])
  })

  const mistakes = readSqlFolder('mistakes', slug)
  it('has at least three extra mistakes, none of them a known-wrong answer', () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(3)
    const known = new Set(exercise.wrongAnswers.map((w) => w.name))
    for (const m of mistakes) expect(known.has(m.name), m.name).toBe(false)
  })
  it.each(mistakes.map((m) => [m.name, m.sql]))('rejects the mistake %s on at least one dataset', (_, sql) => {
    expect(datasetsThatReject(slug, sql)).not.toEqual([])
  })
})

describe('CURRENT_DATE in the tests', () => {
  it('is pinned to the as-of date while a query runs, and restored afterwards', () => {
    const before = Date.now()
    expect(runQuery(datasets[0].db, 'SELECT CURRENT_DATE, date(\'now\')').rows).toEqual([['2024-06-30', '2024-06-30']])
    expect(Date.now()).toBeGreaterThanOrEqual(before)
  })
})
