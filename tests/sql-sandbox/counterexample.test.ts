import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'

let SQL: SqlJsStatic
let image: Uint8Array

/** 400 orders over 100 users; user 7's one refund is what a wrong answer trips on. */
beforeAll(async () => {
  SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run('CREATE TABLE users (user_id INTEGER PRIMARY KEY, country TEXT); CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER, amount REAL, status TEXT); CREATE INDEX o_user ON orders (user_id); CREATE TABLE unrelated (x INTEGER)')
  for (let u = 1; u <= 100; u++) db.run('INSERT INTO users VALUES (?, ?)', [u, u % 2 ? 'FR' : 'DE'])
  for (let o = 1; o <= 400; o++) db.run('INSERT INTO orders VALUES (?, ?, ?, ?)', [o, (o % 100) + 1, 10 + (o % 7), o === 206 ? 'refund' : 'paid'])
  db.run('INSERT INTO unrelated VALUES (1)')
  image = db.export()
  db.close()
})

const reference = "SELECT u.country, SUM(o.amount) AS paid FROM users u JOIN orders o ON o.user_id = u.user_id WHERE o.status = 'paid' GROUP BY u.country ORDER BY u.country"
const answer = 'SELECT u.country, SUM(o.amount) AS paid FROM users u JOIN orders o ON o.user_id = u.user_id GROUP BY u.country ORDER BY u.country'

describe('SqlSandbox.counterexample', () => {
  it('finds the one order and its user on which the answer and the reference differ', async () => {
    const sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    const progress: number[] = []
    const outcome = await sandbox.counterexample('visible', answer, reference, { orderBy: ['country'], onProgress: (p) => progress.push(p.rows) })
    expect(outcome.ok && outcome.result.found).toBe(true)
    if (!outcome.ok || !outcome.result.found) return
    const c = outcome.result.counterexample
    expect(c.minimal).toBe(true)
    expect(c.rows).toBe(2)
    expect(Object.keys(c.tables).sort()).toEqual(['orders', 'users'])
    expect(c.tables.orders.rows).toEqual([[206, 7, 10 + (206 % 7), 'refund']])
    expect(c.tables.users.rows).toEqual([[7, 'FR']])
    expect(c.expected.rows).toEqual([])
    expect(c.sentence).toBe(`On these 2 input rows your query also returns (FR, ${10 + (206 % 7)}), which the reference does not.`)
    expect(progress.length).toBeGreaterThan(0)
    // The loaded dataset is untouched: the full answer still sees every row.
    expect(await sandbox.run('visible', 'SELECT count(*) FROM orders')).toMatchObject({ ok: true, result: { rows: [[400]] } })
  })

  it('says there is nothing to show when both queries agree or one fails', async () => {
    const sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    expect(await sandbox.counterexample('visible', reference, reference)).toMatchObject({ ok: true, result: { found: false } })
    expect(await sandbox.counterexample('visible', 'SELECT nope FROM users', reference)).toMatchObject({
      ok: true,
      result: { found: false, reason: expect.stringContaining('Your query fails') },
    })
  })

  it('survives an answer that runs its own transaction or drops tables, without touching the dataset', async () => {
    const sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    for (const prefix of ['BEGIN; DELETE FROM unrelated; COMMIT;', 'DROP TABLE unrelated; DELETE FROM orders WHERE order_id = 1;']) {
      const outcome = await sandbox.counterexample('visible', `${prefix} ${answer}`, reference)
      expect(outcome.ok && outcome.result.found && outcome.result.counterexample.rows).toBe(2)
    }
    expect(await sandbox.run('visible', 'SELECT count(*) FROM orders')).toMatchObject({ ok: true, result: { rows: [[400]] } })
  })

  it('ends early with the example so far when cancelled', async () => {
    const sandbox = createInProcessSqlSandbox(SQL)
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    const controller = new AbortController()
    controller.abort()
    const outcome = await sandbox.counterexample('visible', answer, reference, { signal: controller.signal })
    expect(outcome).toMatchObject({ ok: true, result: { found: true, counterexample: { minimal: false, stopped: 'cancelled' } } })
  })
})
