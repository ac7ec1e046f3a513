import { describe, expect, it } from 'vitest'
import { findDialectHints } from '../../src/sql-sandbox/dialect-hints'

describe('findDialectHints', () => {
  it.each([
    ["SELECT CURRENT_DATE - INTERVAL '7 days'", "date(CURRENT_DATE, '-7 days')"],
    ["WHERE d >= CURRENT_DATE - INTERVAL '2 weeks'", "date(CURRENT_DATE, '-14 days')"],
    ["SELECT signup_date + INTERVAL '1 day'", "date(signup_date, '+1 days')"],
    ["SELECT u.ts + interval '3' hour", "datetime(u.ts, '+3 hours')"],
    ["SELECT NOW() - INTERVAL '1 hour'", "datetime('now', '-1 hours')"],
    ['SELECT CURRENT_DATE - INTERVAL 30 DAY', "date(CURRENT_DATE, '-30 days')"],
    ["SELECT date_add(d, INTERVAL '1 month')", "date(CURRENT_DATE, '-7 days')"],
    ['SELECT created_at::date FROM t', 'date(created_at)'],
    ['SELECT (a / b)::decimal FROM t', 'CAST((a / b) AS REAL)'],
    ['SELECT x::numeric, y::float FROM t', 'CAST(x AS REAL)'],
    ['SELECT n::int FROM t', 'CAST(n AS INTEGER)'],
    ["SELECT '2024-06-01'::date", "date('2024-06-01')"],
    ["WHERE name ILIKE 'a%'", 'use LIKE'],
    ["SELECT DATE_TRUNC('month', ts) FROM t", "'YYYY-MM-DD'"],
    ['SELECT EXTRACT(DOW FROM session_start_ts) FROM t', "date_part('dow', session_start_ts)"],
    ['SELECT EXTRACT(DOW FROM session_start_ts) FROM t', "strftime('%w', session_start_ts)"],
    ['SELECT extract(month from d) FROM t', "date_part('month', d)"],
    ['SELECT NOW()', "datetime('now')"],
    ['SELECT CURRENT_DATE - 7', "date(CURRENT_DATE, '-7 days')"],
    ["WHERE d >= DATE '2024-06-01'", "'2024-06-01'"],
    ['SELECT DATEDIFF(a, b)', 'julianday'],
  ])('%s -> %s', (sql, expected) => {
    expect(findDialectHints(sql)).toContain(expected)
  })

  it.each([
    "SELECT date(CURRENT_DATE, '-7 days')",
    "SELECT strftime('%w', d), date_part('dow', d) FROM t WHERE name LIKE 'a%'",
    "SELECT 'INTERVAL ''7 days'' and x::date are just text here' AS s",
    '-- we could use ILIKE or NOW() here\nSELECT 1',
    'SELECT date_partition FROM t WHERE CURRENT_DATE >= date_partition',
  ])('stays quiet on SQLite text: %s', (sql) => {
    expect(findDialectHints(sql)).toBeUndefined()
  })

  it('gives one line per construct, without repeats', () => {
    const hint = findDialectHints("SELECT x::date, y::date FROM t WHERE a ILIKE 'x' AND b ILIKE 'y'")!
    expect(hint.split('\n')).toHaveLength(3)
  })

  it('keeps long operands out of the hint', () => {
    const hint = findDialectHints('SELECT (CASE WHEN a > 1 THEN b ELSE c + d + e + f + g END)::numeric')!
    expect(hint).toContain('CAST(x AS REAL)')
  })

  it('uses the error to spot a cast no rule matched', () => {
    expect(findDialectHints('SELECT 1', 'unrecognized token: ":"')).toContain('CAST(x AS REAL)')
  })
})
