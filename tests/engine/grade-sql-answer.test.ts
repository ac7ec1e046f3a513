import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gradeSqlAnswer, type SqlDatasetRun } from '../../src/engine'
import type { QueryResult } from '../../src/engine'

const expected: QueryResult = { columns: ['platform_type', 'dau'], rows: [['ios', 10], ['web', 7]] }
const wrongResult: QueryResult = { columns: ['platform_type', 'dau'], rows: [['ios', 12], ['web', 7]] }
const mistake = { name: 'counts-sessions', mistake: 'your DAU counts sessions, not users', hint: 'Count DISTINCT user_id.', sql: '' }
const run = (key: string, actual: QueryResult, known: QueryResult = wrongResult): SqlDatasetRun => ({
  key,
  expected,
  actual: { ok: true, result: actual },
  knownWrong: [{ answer: mistake, outcome: { ok: true, result: known } }],
})

describe('gradeSqlAnswer', () => {
  it('names a known mistake first when the result equals it', () => {
    const grade = gradeSqlAnswer({ datasets: [run('visible', wrongResult)] })
    expect(grade.verdict).toBe('rejected')
    expect(grade.feedback[0]).toBe('This looks like a common mistake: your DAU counts sessions, not users.')
    // The fix is held back from the first rejection (tiered feedback); the page reveals it.
    expect(grade.feedback.join(' ')).not.toContain('DISTINCT')
    expect(grade.diagnosis).toMatchObject({ source: 'known-mistake', concept: 'your DAU counts sessions, not users.', fix: 'Count DISTINCT user_id.' })
  })

  it('does not name a known mistake whose result is right on that dataset', () => {
    const grade = gradeSqlAnswer({ datasets: [run('visible', { ...expected, rows: [['ios', 10]] }, expected)] })
    expect(grade.feedback.join(' ')).not.toContain('common mistake')
  })

  it('says a failure shared by every dataset once', () => {
    const failure = { ok: false as const, failure: { kind: 'error' as const, message: 'no such column: users', line: 2 } }
    const grade = gradeSqlAnswer({ datasets: ['visible', 'hidden-1'].map((key) => ({ ...run(key, expected), actual: failure })) })
    expect(grade.feedback).toEqual(['Your query failed on every dataset at line 2: no such column: users.'])
    expect(grade.checks.map((c) => c.status)).toEqual(['error', 'error'])
    expect(grade.diff).toBeUndefined()
  })

  it('scores the share of datasets passed, and only an all-pass grade is 100', () => {
    const grade = gradeSqlAnswer({ datasets: [run('visible', expected), run('hidden-1', expected), run('hidden-2', wrongResult)] })
    expect(grade.score).toBe(66)
    expect(grade.checks.map((c) => c.id)).toEqual(['dataset:visible', 'dataset:hidden-1', 'dataset:hidden-2'])
  })

  it('prefers the visible dataset for the side-by-side diff', () => {
    const grade = gradeSqlAnswer({ datasets: [run('hidden-1', wrongResult), run('visible', { ...expected, rows: [['ios', 10]] })] })
    expect(grade.diff?.dataset).toBe('visible')
    expect(grade.diff?.missing).toEqual([1])
  })

  it('never shows the rows of a hidden dataset in feedback', () => {
    const grade = gradeSqlAnswer({ datasets: [run('visible', expected), run('hidden-1', { ...expected, rows: [['ios', 10], ['web', 7], ['tv', 99]] })] })
    expect(grade.feedback.join(' ')).not.toMatch(/tv|99/)
    expect(grade.feedback[0]).toBe('On hidden dataset 1, 1 row is extra (rows matched by platform_type; your result has 3 rows, the expected result 2).')
  })

  it('throws when orderBy names a column the reference lacks (a mistake in the exercise)', () => {
    expect(() => gradeSqlAnswer({ orderBy: ['nope'], datasets: [run('visible', expected)] })).toThrow(/nope/)
  })
})

describe('the engine stays pure', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
  const root = join(import.meta.dirname, '../../src/engine')

  it('imports no DOM, React, zustand, worker, sql.js or node: modules', () => {
    const forbidden = /from ['"](react|react-dom|zustand|sql\.js|node:[^'"]+|fs|path|worker_threads)['"]|\b(document|window|Worker|fetch)\s*[.(]/
    for (const file of files(root).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') // comments may say "window."
      expect([file, forbidden.test(code)]).toEqual([file, false])
    }
  })
})
