/**
 * The real Node path: python-thread.ts built with the tools config (as `grade` gets it), run
 * in worker threads by createNodePythonSandbox. Proves a runaway answer is stopped (by the
 * interrupt buffer for a Python loop, by terminating the thread for a loop inside C) and that
 * the same sandbox answers the next run.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PythonCase } from '../../src/engine/python/types'
import { createNodePythonSandbox } from '../../src/python-sandbox/node/node-python-client'
import type { PythonSandbox, PythonSandboxStatus } from '../../src/python-sandbox/protocol'

const root = join(import.meta.dirname, '../..')
// Inside the project so the built thread resolves `pyodide` from node_modules.
const cacheDir = join(root, 'node_modules/.cache')
let outDir: string
let threadUrl: URL
let sandbox: PythonSandbox
const statuses: PythonSandboxStatus[] = []

const cases: PythonCase[] = [{ id: 'c', label: 'one call', visibility: 'visible', steps: [{ kind: 'call', function: 'f', args: [20] }] }]
const LOOP = 'def f(n):\n    while True:\n        pass\n'
const C_LOOP = 'def f(n):\n    return sum(range(10**11))\n'
const SWALLOWS_INTERRUPT = 'def f(n):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n'
const GOOD = 'def f(n):\n    return n * 2\n'

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true })
  outDir = mkdtempSync(join(cacheDir, 'python-thread-test-'))
  await build({
    configFile: join(root, 'vite.tools.config.ts'),
    root,
    logLevel: 'error',
    // Only the thread: the CLI entries belong to others and may be mid-edit.
    build: { outDir, rollupOptions: { input: { 'python-thread': join(root, 'src/python-sandbox/node/python-thread.ts') } } },
  })
  threadUrl = pathToFileURL(join(outDir, 'python-thread.mjs'))
  sandbox = createNodePythonSandbox(threadUrl)
  sandbox.onStatus((status) => statuses.push(status))
  const started = performance.now()
  await sandbox.start()
  console.info(`cold start of the Python thread: ${(performance.now() - started).toFixed(0)} ms`)
})

afterAll(() => {
  sandbox?.dispose()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

/** Runs `code` with a 1 s limit; returns the outcome, how long it took to stop, and how long the next good run took. */
async function stopAndRecover(code: string) {
  const timeoutMs = 1000
  const started = performance.now()
  const outcome = await sandbox.run(code, cases, { timeoutMs })
  const stoppedAfter = performance.now() - started
  const nextStarted = performance.now()
  const next = await sandbox.run(GOOD, cases)
  return { outcome, stoppedAfter, timeoutMs, next, nextMs: performance.now() - nextStarted }
}

describe('createNodePythonSandbox', () => {
  it('reports loading, then ready, and runs an answer in the thread', async () => {
    expect(statuses).toEqual(['loading', 'ready'])
    expect(await sandbox.run(GOOD, cases)).toMatchObject({ ok: true, runs: [{ caseId: 'c', steps: [{ ok: true, value: 40 }] }] })
  })

  it('stops `while True: pass` with the interrupt and keeps the warm interpreter', async () => {
    const { outcome, stoppedAfter, next, nextMs } = await stopAndRecover(LOOP)
    expect(outcome).toEqual({ ok: false, failure: { kind: 'timeout', message: expect.stringContaining('more than 1 second') } })
    expect(next).toMatchObject({ ok: true, runs: [{ steps: [{ ok: true, value: 40 }] }] })
    // No restart: the thread never went back to loading.
    expect(statuses).toEqual(['loading', 'ready'])
    console.info(`interrupt: stopped after ${stoppedAfter.toFixed(0)} ms; next run answered ${nextMs.toFixed(0)} ms later`)
  })

  it('stops a loop inside C (which ignores the interrupt) by terminating the thread', async () => {
    const { outcome, stoppedAfter, next, nextMs } = await stopAndRecover(C_LOOP)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    expect(next).toMatchObject({ ok: true, runs: [{ steps: [{ ok: true, value: 40 }] }] })
    expect(statuses.slice(-2)).toEqual(['loading', 'ready'])
    console.info(`terminate: stopped after ${stoppedAfter.toFixed(0)} ms; next run answered ${nextMs.toFixed(0)} ms later`)
  })

  it('terminates an answer that swallows the interrupt', async () => {
    const { outcome, next } = await stopAndRecover(SWALLOWS_INTERRUPT)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    expect(next).toMatchObject({ ok: true })
  })

  it('does not count start-up against the time limit', async () => {
    const fresh = createNodePythonSandbox(threadUrl)
    try {
      // Start-up alone takes longer than this limit; the run itself is instant.
      expect(await fresh.run(GOOD, cases, { timeoutMs: 500 })).toMatchObject({ ok: true })
    } finally {
      fresh.dispose()
    }
  })

  it('resolves pending runs when disposed', async () => {
    const other = createNodePythonSandbox(threadUrl)
    const pending = other.run(GOOD, cases)
    other.dispose()
    expect(await pending).toMatchObject({ ok: false, failure: { kind: 'crash', message: 'The Python sandbox was closed.' } })
  })
})
