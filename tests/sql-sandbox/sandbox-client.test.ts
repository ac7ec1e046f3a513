import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { handleSandboxRequest } from '../../src/sql-sandbox/handle-request'
import type { SandboxRequest, SandboxResponse } from '../../src/sql-sandbox/protocol'
import { createSandboxClient, timeoutMessage, type Port } from '../../src/sql-sandbox/sandbox-client'
import { createSqlEngine } from '../../src/sql-sandbox/sql-engine'

let SQL: SqlJsStatic
let image: Uint8Array

beforeAll(async () => {
  SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)')
  image = db.export()
  db.close()
})

/**
 * A worker stand-in with a real engine: replies on a later tick, never replies to SQL
 * containing HANG (a runaway query), and dies on SQL containing CRASH.
 */
function fakeWorkers() {
  const spawned: { requests: SandboxRequest[]; terminated: boolean }[] = []
  const spawn = (): Port => {
    const engine = createSqlEngine(SQL)
    const record = { requests: [] as SandboxRequest[], terminated: false }
    spawned.push(record)
    let onMessage: (r: SandboxResponse) => void = () => {}
    let onError: (e: Error) => void = () => {}
    return {
      post(request) {
        record.requests.push(request)
        const sql = 'sql' in request ? request.sql : ''
        if (sql.includes('HANG')) return
        setTimeout(() => {
          if (record.terminated) return
          if (sql.includes('CRASH')) onError(new Error('out of memory'))
          else onMessage(handleSandboxRequest(engine, request))
        }, 1)
      },
      onMessage: (l) => void (onMessage = l),
      onError: (l) => void (onError = l),
      terminate: () => void (record.terminated = true),
    }
  }
  return { spawned, spawn }
}

describe('createSandboxClient', () => {
  it('loads, runs and matches replies to their calls', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    expect(await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])).toEqual(['t'])
    const [a, b] = await Promise.all([sandbox.run('visible', 'SELECT count(*) FROM t'), sandbox.run('visible', 'SELECT CURRENT_DATE')])
    expect(a).toMatchObject({ ok: true, result: { rows: [[2]] } })
    expect(b).toMatchObject({ ok: true, result: { rows: [['2024-06-30']] } })
    expect(await sandbox.plan('visible', 'SELECT * FROM t')).toMatchObject({ ok: true })
    expect(workers.spawned).toHaveLength(1)
    sandbox.dispose()
  })

  it('stops a runaway query, restarts the worker with the datasets, and serves the next query', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    const hung = sandbox.run('visible', 'SELECT HANG', { timeoutMs: 50 })
    const queued = sandbox.run('visible', 'SELECT count(*) FROM t', { timeoutMs: 50 })
    expect(await hung).toEqual({ ok: false, failure: { kind: 'timeout', message: timeoutMessage(50) } })
    // The query queued behind the runaway one was not blamed for the wait; it ran on the new worker.
    expect(await queued).toMatchObject({ ok: true, result: { rows: [[2]] } })
    expect(workers.spawned).toHaveLength(2)
    expect(workers.spawned[0].terminated).toBe(true)
    expect(workers.spawned[1].requests.map((r) => r.type)).toEqual(['load', 'run'])
    sandbox.dispose()
  })

  it('starts its worker on start(), adds datasets to the loaded ones, and reloads them all after a restart', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    sandbox.start?.()
    expect(workers.spawned).toHaveLength(1)
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    await sandbox.load('2024-06-30', [{ key: 'hidden-1', bytes: image }], { add: true })
    expect(await sandbox.run('visible', 'SELECT count(*) FROM t')).toMatchObject({ ok: true, result: { rows: [[2]] } })
    expect(await sandbox.run('hidden-1', 'SELECT count(*) FROM t')).toMatchObject({ ok: true, result: { rows: [[2]] } })
    expect(await sandbox.run('visible', 'SELECT HANG', { timeoutMs: 50 })).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    // The new worker gets both datasets back, visible first, in one load.
    expect(await sandbox.run('hidden-1', 'SELECT count(*) FROM t')).toMatchObject({ ok: true, result: { rows: [[2]] } })
    const reload = workers.spawned[1].requests[0]
    expect(reload.type === 'load' && reload.datasets.map((d) => d.key)).toEqual(['visible', 'hidden-1'])
    expect(workers.spawned[1].requests.map((r) => r.type)).toEqual(['load', 'run'])
    sandbox.dispose()
  })

  it('keeps the dialect hint on a run it had to stop', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    const outcome = await sandbox.run('visible', "SELECT HANG WHERE d > NOW() - INTERVAL '1 day'", { timeoutMs: 20 })
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', hint: expect.stringContaining("datetime('now', '-1 days')") } })
    sandbox.dispose()
  })

  it('words the default timeout the way the spec does', () => {
    expect(timeoutMessage(5000)).toBe(
      'Your query ran for more than 5 seconds and was stopped. Look for a join without a condition or a recursive CTE that never ends.',
    )
  })

  it('fails the running request when the worker dies, and recovers on the next one', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    const crashed = await sandbox.run('visible', 'SELECT CRASH')
    expect(crashed).toMatchObject({ ok: false, failure: { kind: 'error', message: expect.stringContaining('out of memory') } })
    expect(await sandbox.run('visible', 'SELECT count(*) FROM t')).toMatchObject({ ok: true, result: { rows: [[2]] } })
    expect(workers.spawned).toHaveLength(2)
    sandbox.dispose()
  })

  it('rejects a load that fails, and keeps the datasets it had', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    await sandbox.load('2024-06-30', [{ key: 'visible', bytes: image }])
    await expect(sandbox.load('2024-06-30', [{ key: 'bad', bytes: new Uint8Array(4096).fill(7) }])).rejects.toThrow(/not a readable SQLite database/)
    expect(await sandbox.run('visible', 'SELECT count(*) FROM t')).toMatchObject({ ok: true })
    sandbox.dispose()
  })

  it('reports a worker that cannot be created instead of throwing', async () => {
    const sandbox = createSandboxClient({
      spawn: () => {
        throw new Error('no Worker here')
      },
    })
    await expect(sandbox.load('2024-06-30', [])).rejects.toThrow(/no Worker here/)
    expect(await sandbox.run('visible', 'SELECT 1')).toMatchObject({ ok: false, failure: { message: expect.stringContaining('no Worker here') } })
  })

  it('settles everything pending on dispose and ends the worker', async () => {
    const workers = fakeWorkers()
    const sandbox = createSandboxClient({ spawn: workers.spawn })
    const pending = [sandbox.run('visible', 'SELECT HANG'), sandbox.run('visible', 'SELECT 1')]
    sandbox.dispose()
    for (const outcome of await Promise.all(pending)) {
      expect(outcome).toEqual({ ok: false, failure: { kind: 'error', message: 'The SQL sandbox was closed.' } })
    }
    expect(workers.spawned[0].terminated).toBe(true)
  })
})
