/**
 * The shared client over fake workers (no Pyodide): the paths the Node thread test cannot
 * reach, such as a page without cross-origin isolation (no interrupt), a worker that cannot
 * start, and a worker that dies mid-run.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PythonCase } from '../../src/engine/python/types'
import type { PythonSandboxStatus, PythonWorkerRequest, PythonWorkerResponse, RunRequest } from '../../src/python-sandbox/protocol'
import { createPythonSandboxClient, type PythonPort, type PythonSandboxClientOptions } from '../../src/python-sandbox/python-sandbox-client'

class FakeWorker implements PythonPort {
  posted: PythonWorkerRequest[] = []
  terminated = false
  private listeners: ((response: PythonWorkerResponse) => void)[] = []
  private errorListeners: ((error: Error) => void)[] = []
  post(request: PythonWorkerRequest) {
    this.posted.push(request)
  }
  onMessage(listener: (response: PythonWorkerResponse) => void) {
    this.listeners.push(listener)
  }
  onError(listener: (error: Error) => void) {
    this.errorListeners.push(listener)
  }
  terminate() {
    this.terminated = true
  }
  reply(response: PythonWorkerResponse) {
    for (const listener of this.listeners) listener(response)
  }
  crash(error: Error) {
    for (const listener of this.errorListeners) listener(error)
  }
  lastRun(): RunRequest {
    const runs = this.posted.filter((r): r is RunRequest => r.type === 'run')
    return runs[runs.length - 1]
  }
  interruptBuffer(): Int32Array {
    const init = this.posted.find((r) => r.type === 'init')
    return new Int32Array(init!.type === 'init' ? init!.interruptBuffer! : new SharedArrayBuffer(4))
  }
}

const cases: PythonCase[] = [{ id: 'c', label: 'c', visibility: 'visible', steps: [{ kind: 'call', function: 'f', args: [] }] }]
const okResult = (id: number): PythonWorkerResponse => ({ id, type: 'result', outcome: { ok: true, runs: [], elapsedMs: 1 } })
let workers: FakeWorker[]
let statuses: PythonSandboxStatus[]

function makeSandbox(options: Partial<PythonSandboxClientOptions> = {}) {
  const sandbox = createPythonSandboxClient({
    spawn: () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    canInterrupt: false,
    indexURL: 'http://x/pyodide/',
    ...options,
  })
  sandbox.onStatus((status) => statuses.push(status))
  return sandbox
}

beforeEach(() => {
  vi.useFakeTimers()
  workers = []
  statuses = []
})
afterEach(() => vi.useRealTimers())

describe('createPythonSandboxClient', () => {
  it('sends init with indexURL, waits for ready, then runs; start-up does not count against the limit', async () => {
    const sandbox = makeSandbox()
    const outcome = sandbox.run('code', cases, { timeoutMs: 100 })
    expect(workers[0].posted).toEqual([{ type: 'init', indexURL: 'http://x/pyodide/', interruptBuffer: undefined }])
    expect(statuses).toEqual(['loading'])
    await vi.advanceTimersByTimeAsync(3_000) // a slow start, far past the run's limit
    workers[0].reply({ type: 'ready', loadMs: 3_000 })
    expect(statuses).toEqual(['loading', 'ready'])
    const run = workers[0].lastRun()
    expect(run).toMatchObject({ type: 'run', code: 'code', cases, requiredNames: [] })
    workers[0].reply(okResult(run.id))
    expect(await outcome).toEqual({ ok: true, runs: [], elapsedMs: 1 })
  })

  it('without an interrupt buffer, terminates on timeout and starts a fresh worker at once', async () => {
    const sandbox = makeSandbox()
    void sandbox.start()
    workers[0].reply({ type: 'ready', loadMs: 1 })
    const outcome = sandbox.run('while True: pass', cases, { timeoutMs: 1_000 })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', message: expect.stringContaining('more than 1 second') } })
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2)
    expect(statuses).toEqual(['loading', 'ready', 'loading'])
    // A late reply from the old worker is ignored; the new one answers the next run.
    const next = sandbox.run('ok', cases)
    workers[0].reply(okResult(2))
    workers[1].reply({ type: 'ready', loadMs: 1 })
    workers[1].reply(okResult(workers[1].lastRun().id))
    expect(await next).toMatchObject({ ok: true })
  })

  it('with an interrupt buffer, signals SIGINT and keeps the worker when it stops', async () => {
    const sandbox = makeSandbox({ canInterrupt: true })
    void sandbox.start()
    workers[0].reply({ type: 'ready', loadMs: 1 })
    const outcome = sandbox.run('loop', cases, { timeoutMs: 500 })
    const buffer = workers[0].interruptBuffer()
    await vi.advanceTimersByTimeAsync(500)
    expect(buffer[0]).toBe(2)
    workers[0].reply({ id: workers[0].lastRun().id, type: 'interrupted' })
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    expect(workers[0].terminated).toBe(false)
    void sandbox.run('ok', cases)
    expect(buffer[0]).toBe(0) // cleared before the next run, so it is not interrupted at once
  })

  it('terminates after the grace period when the interrupt is ignored (a loop inside C)', async () => {
    const sandbox = makeSandbox({ canInterrupt: true, interruptGraceMs: 1_000 })
    void sandbox.start()
    workers[0].reply({ type: 'ready', loadMs: 1 })
    const outcome = sandbox.run('sum(range(10**11))', cases, { timeoutMs: 500 })
    await vi.advanceTimersByTimeAsync(1_499)
    expect(workers[0].terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2)
  })

  it('reports a worker that cannot start: status failed, start() rejects, waiting runs fail', async () => {
    const sandbox = makeSandbox()
    const started = sandbox.start()
    const outcome = sandbox.run('x', cases)
    workers[0].reply({ type: 'startup-failed', message: 'fetch failed' })
    await expect(started).rejects.toThrow('Python could not start: fetch failed')
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'crash', message: expect.stringContaining('fetch failed') } })
    expect(statuses).toEqual(['loading', 'failed'])
  })

  it('gives up on a worker that never becomes ready', async () => {
    const sandbox = makeSandbox({ startTimeoutMs: 10_000 })
    const outcome = sandbox.run('x', cases)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'crash', message: expect.stringContaining('did not start within 10 s') } })
    expect(workers[0].terminated).toBe(true)
  })

  it('fails the run of a worker that dies, then spawns a new one for the next run', async () => {
    const sandbox = makeSandbox()
    void sandbox.start()
    workers[0].reply({ type: 'ready', loadMs: 1 })
    const outcome = sandbox.run('x', cases)
    workers[0].crash(new RangeError('Maximum call stack size exceeded'))
    expect(await outcome).toMatchObject({ ok: false, failure: { kind: 'memory' } })
    expect(workers).toHaveLength(1) // not eagerly: a worker that keeps dying must not loop
    void sandbox.run('y', cases)
    expect(workers).toHaveLength(2)
  })

  it('replaces a worker whose interpreter broke, and passes its failure on', async () => {
    const sandbox = makeSandbox()
    void sandbox.start()
    workers[0].reply({ type: 'ready', loadMs: 1 })
    const outcome = sandbox.run('x', cases)
    workers[0].reply({ id: workers[0].lastRun().id, type: 'broken', failure: { kind: 'memory', message: 'out of memory' } })
    expect(await outcome).toEqual({ ok: false, failure: { kind: 'memory', message: 'out of memory' } })
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2)
  })

  it('runs one request at a time, in order', async () => {
    const sandbox = makeSandbox()
    const first = sandbox.run('a', cases)
    const second = sandbox.run('b', cases)
    workers[0].reply({ type: 'ready', loadMs: 1 })
    expect(workers[0].posted.filter((r) => r.type === 'run')).toHaveLength(1)
    workers[0].reply(okResult(workers[0].lastRun().id))
    await first
    expect(workers[0].lastRun().code).toBe('b')
    workers[0].reply(okResult(workers[0].lastRun().id))
    expect(await second).toMatchObject({ ok: true })
  })
})
