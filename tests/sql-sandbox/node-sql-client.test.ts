/**
 * The real Node path: sql-thread.ts built with the tools config (as `grade` gets it), run in
 * worker threads by createNodeSqlSandbox. Proves a runaway query is stopped by terminating
 * the thread and that the same sandbox answers the next query.
 */
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import initSqlJs from 'sql.js'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNodeSqlSandbox } from '../../src/sql-sandbox/node/node-sql-client'
import type { SqlSandbox } from '../../src/sql-sandbox/protocol'

const root = join(import.meta.dirname, '../..')
// Inside the project so the built thread resolves `sql.js` from node_modules.
const cacheDir = join(root, 'node_modules/.cache')
let outDir: string
let sandbox: SqlSandbox

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true })
  outDir = mkdtempSync(join(cacheDir, 'sql-thread-test-'))
  await build({
    configFile: join(root, 'vite.tools.config.ts'),
    root,
    logLevel: 'error',
    // Only the thread: the CLI entries belong to others and may be mid-edit.
    build: { outDir, rollupOptions: { input: join(root, 'src/sql-sandbox/node/sql-thread.ts') } },
  })
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3)')
  sandbox = createNodeSqlSandbox(pathToFileURL(join(outDir, 'sql-thread.mjs')))
  await sandbox.load('2024-06-30', [{ key: 'visible', bytes: db.export() }])
  db.close()
})

afterAll(() => {
  sandbox?.dispose()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

describe('createNodeSqlSandbox', () => {
  it('runs queries in the thread with the pinned date', async () => {
    expect(await sandbox.run('visible', 'SELECT CURRENT_DATE, count(*) FROM t')).toMatchObject({
      ok: true,
      result: { rows: [['2024-06-30', 3]], rowCount: 1 },
    })
  })

  it("uses SQLite's native math functions, not sql.js's deprecated legacy ones", async () => {
    expect(await sandbox.run('visible', 'SELECT typeof(floor(2.5))')).toMatchObject({ ok: true, result: { rows: [['real']] } })
  })

  it('stops a runaway recursive CTE within the time limit and answers the next query', async () => {
    const timeoutMs = 1000
    const started = performance.now()
    const outcome = await sandbox.run(
      'visible',
      'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r) SELECT count(*) FROM r',
      { timeoutMs },
    )
    const stoppedAfter = performance.now() - started
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', message: expect.stringContaining('more than 1 second') } })

    const nextStarted = performance.now()
    const next = await sandbox.run('visible', 'SELECT sum(a) FROM t')
    const nextMs = performance.now() - nextStarted
    expect(next).toMatchObject({ ok: true, result: { rows: [[6]] } })
    console.info(`timeout stopped after ${stoppedAfter.toFixed(0)} ms; next query answered ${nextMs.toFixed(0)} ms later`)
  })

  it('reports runaway output and the empty answer from the thread', async () => {
    const huge = await sandbox.run('visible', 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r WHERE x < 3000000) SELECT x FROM r', {
      maxRows: 100_000,
    })
    expect(huge).toMatchObject({ ok: false, failure: { kind: 'too-many-rows' } })
    expect(await sandbox.run('visible', '')).toMatchObject({ ok: false, failure: { message: 'Your answer is empty.' } })
  })
})

describe('createNodeSqlSandbox counterexample', () => {
  it('searches in the thread, reports progress, and a cancel reaches the running search', async () => {
    const reference = 'SELECT a FROM t WHERE a > 1'
    const answer = 'SELECT a FROM t WHERE a >= 1'
    const progress: number[] = []
    const outcome = await sandbox.counterexample('visible', answer, reference, { onProgress: (p) => progress.push(p.rows) })
    expect(outcome).toMatchObject({ ok: true, result: { found: true, counterexample: { rows: 1, minimal: true, tables: { t: { rows: [[1]] } } } } })
    expect(progress).toEqual([1])
    const controller = new AbortController()
    controller.abort()
    const cancelled = await sandbox.counterexample('visible', answer, reference, { signal: controller.signal })
    expect(cancelled).toMatchObject({ ok: true, result: { found: true, counterexample: { minimal: false, stopped: 'cancelled' } } })
  })
})
