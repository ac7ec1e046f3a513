import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { GRADING_ROW_LIMIT, type RunResult, type SandboxRunOutcome } from '../../src/sql-sandbox/protocol'
import { createSqlEngine, EMPTY_ANSWER, NO_RESULT_ANSWER, type SqlEngine } from '../../src/sql-sandbox/sql-engine'

let SQL: SqlJsStatic
let engine: SqlEngine

/** A tiny dataset: three users and their events, with an index like the real datasets. */
function buildImage(): Uint8Array {
  const db = new SQL.Database()
  db.run(`
    CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE events (user_id INTEGER NOT NULL, event_ts TEXT NOT NULL);
    CREATE INDEX idx_events_user ON events(user_id);
    INSERT INTO users VALUES (1, 'ana'), (2, 'bo'), (3, 'cy');
    INSERT INTO events VALUES (1, '2024-06-29 10:00:00'), (1, '2024-06-30 08:00:00'), (2, '2024-06-01 00:00:00');
  `)
  const bytes = db.export()
  db.close()
  return bytes
}

function expectResult(outcome: SandboxRunOutcome): RunResult {
  if (!outcome.ok) throw new Error(`expected rows, got failure: ${outcome.failure.message}`)
  return outcome.result
}

function expectFailure(outcome: SandboxRunOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got rows: ${JSON.stringify(outcome.result.rows)}`)
  return outcome.failure
}

const one = (sql: string) => expectResult(engine.run('visible', sql)).rows[0][0]

beforeAll(async () => {
  SQL = await initSqlJs()
  engine = createSqlEngine(SQL)
  const tables = engine.load('2024-06-30', [
    { key: 'visible', bytes: buildImage() },
    { key: 'empty', bytes: new Uint8Array(0) },
  ])
  expect(tables).toEqual(['events', 'users'])
})

describe('clock pinned to the as-of date', () => {
  it.each([
    ['CURRENT_DATE', '2024-06-30'],
    ["date('now')", '2024-06-30'],
    ["datetime('now')", '2024-06-30 00:00:00'],
    ['CURRENT_TIMESTAMP', '2024-06-30 00:00:00'],
    ["date('now', '-7 days')", '2024-06-23'],
  ])('%s', (expression, expected) => {
    expect(one(`SELECT ${expression}`)).toBe(expected)
  })

  it('restores the real clock afterwards', () => {
    const before = Date.now()
    engine.run('visible', 'SELECT CURRENT_DATE')
    expect(Date.now()).toBeGreaterThanOrEqual(before)
    expect(new Date().getUTCFullYear()).toBeGreaterThan(2024)
  })

  it('adds datasets with { add: true } and replaces them without it', () => {
    const other = createSqlEngine(SQL)
    other.load('2024-06-30', [{ key: 'visible', bytes: buildImage() }])
    other.load('2024-06-30', [{ key: 'hidden-1', bytes: buildImage() }], { add: true })
    expect(expectResult(other.run('visible', 'SELECT 1')).rows).toEqual([[1]])
    expect(expectResult(other.run('hidden-1', 'SELECT 1')).rows).toEqual([[1]])
    other.load('2024-06-30', [{ key: 'hidden-2', bytes: buildImage() }])
    expect(expectFailure(other.run('visible', 'SELECT 1')).message).toBe('No dataset named "visible" is loaded.')
  })

  it('follows a new as-of date after load', () => {
    const other = createSqlEngine(SQL)
    other.load('2023-01-15', [{ key: 'visible', bytes: buildImage() }])
    expect(expectResult(other.run('visible', 'SELECT CURRENT_DATE')).rows).toEqual([['2023-01-15']])
  })
})

describe('date_trunc and date_part', () => {
  it.each([
    ["date_trunc('day', '2024-06-30 23:59:59')", '2024-06-30'],
    ["date_trunc('week', '2024-06-30')", '2024-06-24'], // Sunday -> Monday before
    ["date_trunc('week', '2024-06-24 08:00:00')", '2024-06-24'], // Monday stays
    ["date_trunc('week', '2025-01-01')", '2024-12-30'], // week across the year boundary
    ["date_trunc('WEEK', '2021-01-03')", '2020-12-28'],
    ["date_trunc('month', '2024-02-29 12:00:00')", '2024-02-01'],
    ["date_trunc('year', '2024-06-30')", '2024-01-01'],
    ["date_trunc('month', NULL)", null],
  ])('%s = %s', (expression, expected) => {
    expect(one(`SELECT ${expression}`)).toBe(expected)
  })

  it.each([
    ["date_part('year', '2024-06-30')", 2024],
    ["date_part('month', '2024-06-30')", 6],
    ["date_part('day', '2024-06-30')", 30],
    ["date_part('dow', '2024-06-30')", 0], // Sunday is 0, like Postgres
    ["date_part('dow', '2024-06-24')", 1],
    ["date_part('isodow', '2024-06-30')", 7],
    ["date_part('week', '2024-12-30')", 1], // ISO week 1 of 2025
    ["date_part('week', '2021-01-03')", 53], // ISO week 53 of 2020
    ["date_part('week', '2024-06-30')", 26],
    ["date_part('hour', '2024-06-30 13:45:10')", 13],
    ["date_part('minute', '2024-06-30 13:45:10')", 45],
    ["date_part('second', '2024-06-30 13:45:10')", 10],
    ["date_part('epoch', '1970-01-02')", 86400],
    ["date_part('hour', '2024-06-30')", 0],
    ["date_part('dow', NULL)", null],
  ])('%s = %s', (expression, expected) => {
    expect(one(`SELECT ${expression}`)).toBe(expected)
  })

  it('reports a bad unit or value as an error naming the function', () => {
    expect(expectFailure(engine.run('visible', "SELECT date_trunc('fortnight', '2024-06-30')")).message).toMatch(/date_trunc: unknown unit 'fortnight'/)
    expect(expectFailure(engine.run('visible', "SELECT date_part('dow', 'yesterday')")).message).toMatch(/date_part: cannot read "yesterday"/)
  })

  it('works on table columns', () => {
    const result = expectResult(
      engine.run('visible', "SELECT date_trunc('week', event_ts) AS wk, count(*) FROM events GROUP BY wk ORDER BY wk"),
    )
    expect(result.rows).toEqual([['2024-05-27', 1], ['2024-06-24', 2]])
  })
})

describe('every run gets a fresh copy', () => {
  it('a DROP TABLE in one run does not reach the next', () => {
    expect(expectResult(engine.run('visible', 'DROP TABLE users; SELECT 1')).rows).toEqual([[1]])
    expect(one('SELECT count(*) FROM users')).toBe(3)
  })

  it('an UPDATE is visible inside its own run only', () => {
    const inside = expectResult(engine.run('visible', "UPDATE users SET name = 'x'; SELECT count(*) FROM users WHERE name = 'x'"))
    expect(inside.rows).toEqual([[3]])
    expect(one("SELECT count(*) FROM users WHERE name = 'x'")).toBe(0)
  })

  it('a dataset with no bytes is an empty database (for data-model answers)', () => {
    const result = expectResult(engine.run('empty', 'CREATE TABLE t (a INTEGER PRIMARY KEY); INSERT INTO t VALUES (1); SELECT * FROM t'))
    expect(result.rows).toEqual([[1]])
  })

  it('names an unknown dataset', () => {
    expect(expectFailure(engine.run('hidden-9', 'SELECT 1')).message).toBe('No dataset named "hidden-9" is loaded.')
  })
})

describe('results', () => {
  it('returns the last statement that has columns, with its column names', () => {
    const result = expectResult(engine.run('visible', 'SELECT 1 AS a; SELECT name FROM users ORDER BY user_id; DELETE FROM users'))
    expect(result.columns).toEqual(['name'])
    expect(result.rows).toEqual([['ana'], ['bo'], ['cy']])
  })

  it('keeps maxRows rows but counts them all', () => {
    const sql = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 2500) SELECT x FROM r'
    const result = expectResult(engine.run('visible', sql, { maxRows: 10 }))
    expect(result.rows).toHaveLength(10)
    expect(result.rows[9]).toEqual([10])
    expect(result.rowCount).toBe(2500)
    expect(result.truncated).toBe(true)
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0)
  })

  it('is not truncated when every row fits', () => {
    const result = expectResult(engine.run('visible', 'SELECT * FROM users'))
    expect(result).toMatchObject({ rowCount: 3, truncated: false })
  })

  it('stops runaway output at the grading cap without materialising it', () => {
    const sql = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 3000000) SELECT x FROM r'
    const failure = expectFailure(engine.run('visible', sql, { maxRows: GRADING_ROW_LIMIT }))
    expect(failure.kind).toBe('too-many-rows')
    expect(failure.message).toContain('stopped at 100,000')
  })

  it('returns exactly GRADING_ROW_LIMIT rows without failing', () => {
    const sql = `WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < ${GRADING_ROW_LIMIT}) SELECT x FROM r`
    expect(expectResult(engine.run('visible', sql, { maxRows: 5 })).rowCount).toBe(GRADING_ROW_LIMIT)
  })
})

describe('failures a learner can act on', () => {
  it.each(['', '   \n\t ', '-- just a comment\n'])('empty answer %j', (sql) => {
    expect(expectFailure(engine.run('visible', sql))).toEqual({ kind: 'error', message: EMPTY_ANSWER })
  })

  it('an answer without a query', () => {
    expect(expectFailure(engine.run('visible', 'DROP TABLE users;')).message).toBe(NO_RESULT_ANSWER)
  })

  it('puts a syntax error on its line in multi-line text', () => {
    const failure = expectFailure(engine.run('visible', '-- my answer\n\nSELEC name\nFROM users'))
    expect(failure).toMatchObject({ line: 3, message: 'Line 3: near "SELEC": syntax error' })
  })

  it('finds the line in the second statement of the text', () => {
    const sql = 'SELECT 1;\n\nSELECT name\n  FROM users\n  WHERE nme = 1;'
    expect(expectFailure(engine.run('visible', sql))).toMatchObject({ line: 5, message: 'Line 5: no such column: nme' })
  })

  it('skips a same-named word in an earlier statement and in comments', () => {
    const sql = "SELECT 'foo' AS s; -- foo\nSELECT 1,\n  foo(2)"
    expect(expectFailure(engine.run('visible', sql))).toMatchObject({ line: 3, message: 'Line 3: no such function: foo' })
  })

  it.each([
    ['SELECT *\nFROM user', 2, 'no such table: user'],
    ['SELECT u.nam\nFROM users u', 1, 'no such column: u.nam'],
    ['SELECT 1,\n  2 +', 2, 'incomplete input'],
    ["SELECT 1\nFROM users WHERE x::date", 2, 'unrecognized token: ":"'],
  ])('%j is on line %i', (sql, line, message) => {
    expect(expectFailure(engine.run('visible', sql))).toMatchObject({ line, message: `Line ${line}: ${message}` })
  })

  it('keeps lines right after non-ASCII text, emoji and a lone surrogate', () => {
    // A lone surrogate becomes 3 bytes of UTF-8 and comes back as 3 characters: without care,
    // every offset after it drifts, here past the first `nme` to the one on line 6.
    const sql = `SELECT 'é 😀 ${'\uD800'.repeat(30)}' AS s;\n-- ñ\nSELECT nme,\n  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,\n  19, 20,\n  nme FROM users`
    expect(expectFailure(engine.run('visible', sql))).toMatchObject({ line: 3, message: 'Line 3: no such column: nme' })
  })

  it('finds the line in a long script without slowing down (linear in the statements)', () => {
    // Compared with itself on a script four times shorter, so a busy machine slows both alike:
    // linear work takes about 4x as long, quadratic work 16x. The faster of three runs each.
    const time = (statements: number) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now()
          const failure = expectFailure(engine.run('visible', 'SELECT 1;\n'.repeat(statements) + 'SELEC x'))
          expect(failure.line).toBe(statements + 1)
          return performance.now() - started
        }),
      )
    const short = time(5_000)
    const long = time(20_000)
    expect(long / short).toBeLessThan(10)
  })

  it('leaves the message alone when the line cannot be told', () => {
    const failure = expectFailure(engine.run('visible', "SELECT date_trunc('fortnight', '2024-06-30')"))
    expect(failure.line).toBeUndefined()
    expect(failure.message).not.toMatch(/^Line/)
  })

  it('survives binary junk, NUL bytes included', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))
    expect(engine.run('visible', junk).ok).toBe(false)
  })

  it('attaches a dialect hint with the SQLite form to a Postgres-ism', () => {
    const failure = expectFailure(engine.run('visible', "SELECT CURRENT_DATE - INTERVAL '7 days'"))
    expect(failure.hint).toContain("date(CURRENT_DATE, '-7 days')")
  })

  it('also notes a Postgres-ism that ran but means something else', () => {
    const result = expectResult(engine.run('visible', 'SELECT CURRENT_DATE - 7'))
    expect(result.rows).toEqual([[2017]])
    expect(result.hint).toContain("date(CURRENT_DATE, '-7 days')")
  })
})

describe('plan', () => {
  it('explains the last query, after applying earlier DDL', () => {
    const outcome = engine.plan('visible', 'CREATE TEMP TABLE t AS SELECT 1 AS a;\nSELECT * FROM events WHERE user_id = 1')
    if (!outcome.ok) throw new Error(outcome.failure.message)
    expect(outcome.nodes.length).toBeGreaterThan(0)
    expect(outcome.nodes[0]).toEqual({ id: expect.any(Number), parent: 0, detail: expect.stringContaining('idx_events_user') })
  })

  it('reports errors and missing queries like run does', () => {
    expect(engine.plan('visible', 'SELECT 1;\nSELEC 2')).toMatchObject({ ok: false, failure: { line: 2 } })
    expect(engine.plan('visible', 'DROP TABLE users')).toMatchObject({ ok: false, failure: { message: NO_RESULT_ANSWER } })
    expect(engine.plan('visible', ' ')).toMatchObject({ ok: false, failure: { message: EMPTY_ANSWER } })
  })
})
