/**
 * Property-based fuzzing (fast-check) of the pure parts that read untrusted input: the result
 * comparator, the DDL reader, the rubric reader and the stored-state migration. Seeded, so a
 * failure replays; fast-check shrinks any counterexample to the smallest input before it reports.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareResultSets } from '../../src/engine/compare/compare-result-sets'
import { NUMBER_TOLERANCE } from '../../src/engine/tolerance'
import { gradeProductAnswer } from '../../src/engine/rubric'
import { parseDdl } from '../../src/engine/schema/parse-ddl'
import type { QueryResult, SqlValue } from '../../src/engine/types'
import { migratePersisted, sanitizePersisted } from '../../src/store/migrate'
import { productSenseRubrics } from '../support/scenario-content'

const SEED = 20240630
const run = <T>(property: fc.IProperty<T>, numRuns = 1000): void => fc.assert(property, { seed: SEED, numRuns })

const value: fc.Arbitrary<SqlValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 6 }),
)
const table = (width: number): fc.Arbitrary<QueryResult> =>
  fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 12 }).map((rows) => ({ columns: Array.from({ length: width }, (_, i) => `c${i}`), rows }))
const anyTable = fc.integer({ min: 1, max: 4 }).chain(table)

describe('compareResultSets, fuzzed', () => {
  it('is symmetric: a equals b exactly when b equals a', () =>
    run(fc.property(fc.integer({ min: 1, max: 3 }).chain((w) => fc.tuple(table(w), table(w))), ([a, b]) => {
      expect(compareResultSets(a, b).equal).toBe(compareResultSets(b, a).equal)
    })))

  it('is reflexive and ignores row order for a multiset', () =>
    run(fc.property(anyTable, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (a, keys) => {
      expect(compareResultSets(a, a).equal).toBe(true)
      const shuffled = { ...a, rows: a.rows.map((r, i) => [keys[i], r] as const).sort((x, y) => x[0] - y[0]).map(([, r]) => r) }
      expect(compareResultSets(a, shuffled).equal).toBe(true)
    })))

  it('accepts numbers moved within the tolerance and rejects a changed row count', () =>
    run(fc.property(anyTable, (a) => {
      const nudged = { ...a, rows: a.rows.map((r) => r.map((v) => (typeof v === 'number' ? v + (Math.abs(v) > 1 ? v * NUMBER_TOLERANCE * 0.1 : NUMBER_TOLERANCE * 0.1) : v))) }
      expect(compareResultSets(a, nudged).equal).toBe(true)
      if (a.rows.length > 0) expect(compareResultSets(a, { ...a, rows: a.rows.slice(1) }).equal).toBe(false)
      expect(compareResultSets(a, { ...a, rows: [...a.rows, a.rows[0] ?? a.columns.map(() => null)] }).equal).toBe(false)
    })))

  it('with an order, accepts a reordering only among rows that tie on the order columns', () =>
    run(fc.property(table(2), (a) => {
      const sorted = { ...a, rows: [...a.rows].sort((x, y) => String(x[0]).localeCompare(String(y[0]))) }
      const reversedTies = { ...sorted, rows: [...sorted.rows].reverse().sort((x, y) => String(x[0]).localeCompare(String(y[0]))) }
      // Both are sorted by column 0, so they differ at most inside ties on it.
      expect(compareResultSets(sorted, reversedTies, { orderBy: [0] }).equal).toBe(true)
    })))
})

describe('parseDdl, fuzzed', () => {
  const ddlish = fc.array(
    fc.oneof(
      fc.constantFrom('CREATE', 'TABLE', 'PRIMARY', 'KEY', 'PARTITION', 'BY', 'INT', 'VARCHAR(10)', 'NOT', 'NULL', '(', ')', ',', ';', '--', '/*', '*/', "'", '"', '`', '[', ']', '\n', 'ARRAY<', '>', 'UNIQUE', 'INDEX'),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 40 },
  ).map((parts) => parts.join(' '))

  it('never throws, and a failure names a line that exists in the answer', () =>
    run(fc.property(fc.oneof(ddlish, fc.string({ maxLength: 200 })), (text) => {
      const outcome = parseDdl(text)
      if (!outcome.ok) {
        expect(outcome.error.line).toBeGreaterThanOrEqual(1)
        expect(outcome.error.line).toBeLessThanOrEqual(text.split('\n').length)
        expect(outcome.error.message.length).toBeGreaterThan(0)
      }
    }), 2000))

  it('keeps every line where it was: the SQLite it writes has the answer line count', () =>
    run(fc.property(ddlish, (text) => {
      const outcome = parseDdl(`CREATE TABLE t (a INT);\n${text}`)
      if (outcome.ok) expect(outcome.ddl.sql.split('\n').length).toBe(text.split('\n').length + 1)
    })))
})

describe('the rubric reader, fuzzed', () => {
  const rubric = productSenseRubrics['feed-engagement/product-sense']
  const markdownish = fc
    .array(fc.oneof(fc.constantFrom('# ', '## ', '- ', '* ', '1. ', '| a | b |\n|---|---|\n', '```\n', '**', '_', '> ', 'Hypothesis: ', 'not ', '2 weeks', '50/50', 'DAU', '\n\n', '. '), fc.string({ maxLength: 12 })), { maxLength: 60 })
    .map((parts) => parts.join(''))

  it('never throws; scores within 0..100; every quote is text of the answer', () =>
    run(fc.property(markdownish, (answer) => {
      const { result, grade } = gradeProductAnswer(rubric, answer)
      expect(grade.score).toBeGreaterThanOrEqual(0)
      expect(grade.score).toBeLessThanOrEqual(100)
      expect(['accepted', 'rejected']).toContain(grade.verdict)
      // Quotes are the answer's text as read: Markdown marks, escapes and inline HTML removed, so
      // the letters and digits are compared.
      const squash = (s: string) => s.replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '')
      for (const c of result.criteria) for (const k of c.covered) expect(squash(answer)).toContain(squash(k.sentence).slice(0, 20))
    }), 1000))
})

describe('the stored-state migration, fuzzed', () => {
  const solvedEntry = fc.record({ at: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()) })
  const good = fc.record({
    solved: fc.dictionary(fc.constantFrom('feed-engagement/sql-dau-mau-ratio', 'pymk/py-recommendations', 'reels-sessions/data-model'), solvedEntry),
    drafts: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 })),
    attempts: fc.dictionary(fc.string({ maxLength: 10 }), fc.nat(50)),
  })
  const junk = fc.anything({ maxDepth: 3 })

  it('never loses a solved exercise, whatever else the stored state holds', () =>
    run(fc.property(good, junk, fc.integer({ min: 0, max: 2 }), (state, noise, version) => {
      const damaged = { ...(typeof noise === 'object' && noise !== null && !Array.isArray(noise) ? noise : {}), ...state }
      const migrated = migratePersisted(damaged, version)
      for (const [id, entry] of Object.entries(state.solved)) expect(migrated.solved[id]).toEqual(entry)
      const sanitized = sanitizePersisted(damaged)
      for (const id of Object.keys(state.solved)) expect(sanitized.solved[id]).toBeDefined()
    })))

  it('never throws on junk, and returns the shape the store reads', () =>
    run(fc.property(junk, fc.integer({ min: -1, max: 5 }), (noise, version) => {
      const migrated = migratePersisted(noise, version)
      expect(typeof migrated.solved).toBe('object')
      expect(typeof migrated.drafts).toBe('object')
      expect(typeof sanitizePersisted(noise).solved).toBe('object')
    })))
})
