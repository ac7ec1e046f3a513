import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/node/node-sql-client'

describe('createInProcessSqlSandbox', () => {
  it('answers like the worker-backed sandboxes', async () => {
    const SQL = await initSqlJs()
    const db = new SQL.Database()
    db.run('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)')
    const sandbox = createInProcessSqlSandbox(SQL)
    expect(await sandbox.load('2024-06-30', [{ key: 'visible', bytes: db.export() }])).toEqual(['t'])
    expect(await sandbox.run('visible', 'SELECT a FROM t ORDER BY a', { maxRows: 1 })).toMatchObject({
      ok: true,
      result: { rows: [[1]], rowCount: 2, truncated: true },
    })
    expect(await sandbox.plan('visible', 'SELECT * FROM t')).toMatchObject({ ok: true })
    await expect(sandbox.load('2024-06-30', [{ key: 'bad', bytes: new Uint8Array(100).fill(1) }])).rejects.toThrow(/not a readable/)
    sandbox.dispose()
    expect(await sandbox.run('visible', 'SELECT 1')).toMatchObject({ ok: false, failure: { message: 'The SQL sandbox was closed.' } })
  })
})
