/**
 * The shared queue-and-timeout core over a toy protocol, so each rule is pinned down once,
 * apart from SQL and Python: order, id matching, stop-and-restart, recovery, crashes,
 * handshakes, first requests and dispose.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Port } from '../../src/workers/port'
import { createWorkerClient, type WorkerClientOptions, type WorkerStatus } from '../../src/workers/worker-client'

type Req = { id: number; type: 'work'; name: string } | { type: 'hello' }
type Res = { id: number; type: 'done'; name: string } | { id: number; type: 'broken' } | { type: 'ready' } | { type: 'no-start'; message: string }

class FakeWorker implements Port<Req, Res> {
  posted: Req[] = []
  terminated = false
  private listeners: ((response: Res) => void)[] = []
  private errorListeners: ((error: Error) => void)[] = []
  post(request: Req) {
    this.posted.push(request)
  }
  onMessage(listener: (response: Res) => void) {
    this.listeners.push(listener)
  }
  onError(listener: (error: Error) => void) {
    this.errorListeners.push(listener)
  }
  terminate() {
    this.terminated = true
  }
  send(response: Res) {
    for (const listener of this.listeners) listener(response)
  }
  crash(error: Error) {
    for (const listener of this.errorListeners) listener(error)
  }
  /** The latest `work` request, answered with `type` (default 'done'). */
  answer(type: 'done' | 'broken' = 'done') {
    const work = this.posted.filter((r) => r.type === 'work')
    const last = work[work.length - 1] as Extract<Req, { type: 'work' }>
    this.send(type === 'done' ? { id: last.id, type, name: last.name } : { id: last.id, type })
  }
  names() {
    return this.posted.map((r) => (r.type === 'work' ? r.name : r.type))
  }
}

let workers: FakeWorker[]
let statuses: WorkerStatus[]

function makeClient(options: Partial<WorkerClientOptions<Req, Res>> = {}) {
  return createWorkerClient<Req, Res>({
    spawn: () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    onStatus: (status) => statuses.push(status),
    ...options,
  })
}

const work = (name: string) => ({ type: 'work', name }) as const

beforeEach(() => {
  vi.useFakeTimers()
  workers = []
  statuses = []
})
afterEach(() => vi.useRealTimers())

describe('createWorkerClient', () => {
  it('sends one request at a time, in order, and matches replies by id', async () => {
    const client = makeClient()
    const a = client.request(work('a'), 1_000)
    const b = client.request(work('b'), 1_000)
    expect(workers[0].names()).toEqual(['a'])
    workers[0].send({ id: 99, type: 'done', name: 'stray' }) // answers nothing in flight
    await vi.advanceTimersByTimeAsync(900) // b's timer has not started: it is not blamed for a's time
    workers[0].answer()
    expect(await a).toEqual({ kind: 'reply', response: { id: 1, type: 'done', name: 'a' } })
    await vi.advanceTimersByTimeAsync(900)
    workers[0].answer()
    expect(await b).toMatchObject({ kind: 'reply', response: { name: 'b' } })
    expect(workers).toHaveLength(1)
  })

  it('without onTimeout, terminates at the limit, spawns a fresh worker at once and ignores the old one', async () => {
    const client = makeClient()
    const hung = client.request(work('hang'), 500)
    await vi.advanceTimersByTimeAsync(500)
    expect(await hung).toEqual({ kind: 'timeout', timeoutMs: 500 })
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2) // eager: it starts while the user reads the message
    const next = client.request(work('next'), 500)
    workers[0].send({ id: 2, type: 'done', name: 'late' })
    workers[1].answer()
    expect(await next).toMatchObject({ kind: 'reply', response: { name: 'next' } })
  })

  it('keeps the worker when onTimeout recovers it, and still reports a timeout', async () => {
    const onTimeout = vi.fn<NonNullable<WorkerClientOptions<Req, Res>['onTimeout']>>(async ({ waitForReply }) =>
      (await waitForReply(1_000)) ? 'recovered' : 'restart',
    )
    const client = makeClient({ onTimeout })
    const outcome = client.request(work('loop'), 500)
    await vi.advanceTimersByTimeAsync(500)
    expect(onTimeout).toHaveBeenCalledWith(expect.objectContaining({ port: workers[0], timeoutMs: 500 }))
    workers[0].answer() // the interrupted run answers within the grace period
    expect(await outcome).toEqual({ kind: 'timeout', timeoutMs: 500 })
    expect(workers[0].terminated).toBe(false)
    expect(workers).toHaveLength(1)
  })

  it('terminates when onTimeout gets no answer in its grace period, or claims recovery without one', async () => {
    const client = makeClient({ onTimeout: async ({ waitForReply }) => ((await waitForReply(1_000)) ? 'recovered' : 'restart') })
    const ignored = client.request(work('c-loop'), 500)
    await vi.advanceTimersByTimeAsync(1_499)
    expect(workers[0].terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await ignored).toEqual({ kind: 'timeout', timeoutMs: 500 })
    expect(workers[0].terminated).toBe(true)

    const liar = makeClient({ onTimeout: async () => 'recovered' })
    const outcome = liar.request(work('x'), 100)
    await vi.advanceTimersByTimeAsync(100)
    expect(await outcome).toEqual({ kind: 'timeout', timeoutMs: 100 })
    expect(workers[2].terminated).toBe(true) // a busy worker must not get the next request
  })

  it('replaces a worker whose reply says it cannot be trusted', async () => {
    const client = makeClient({ needsRestart: (response) => response.type === 'broken' })
    const outcome = client.request(work('x'), 500)
    workers[0].answer('broken')
    expect(await outcome).toEqual({ kind: 'reply', response: { id: 1, type: 'broken' } })
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2)
  })

  it('fails the request of a worker that dies, and spawns the next one only when needed', async () => {
    const client = makeClient()
    const outcome = client.request(work('x'), 500)
    workers[0].crash(new Error('out of memory'))
    expect(await outcome).toEqual({ kind: 'crash', error: new Error('out of memory') })
    expect(workers).toHaveLength(1) // not eagerly: a worker that keeps dying must not loop
    void client.request(work('y'), 500)
    expect(workers).toHaveLength(2)
  })

  it('fails everything waiting when a worker cannot be created', async () => {
    const client = createWorkerClient<Req, Res>({
      spawn: () => {
        throw new Error('no Worker here')
      },
    })
    expect(await client.request(work('x'), 500)).toEqual({ kind: 'unavailable', stage: 'spawn', error: new Error('no Worker here') })
    expect(() => client.startWorker()).toThrow('no Worker here')
  })

  describe('with a handshake', () => {
    const handshake = {
      read: (event: Res) => (event.type === 'ready' ? ('ready' as const) : event.type === 'no-start' ? new Error(event.message) : undefined),
      timeoutMs: 10_000,
    }
    const hello = { onSpawned: ({ port }: { port: Port<Req, Res> }) => port.post({ type: 'hello' }) }

    it('holds requests until the worker is ready, without counting the wait', async () => {
      const client = makeClient({ handshake, ...hello })
      const outcome = client.request(work('x'), 100)
      expect(workers[0].names()).toEqual(['hello'])
      expect(statuses).toEqual(['loading'])
      await vi.advanceTimersByTimeAsync(5_000)
      workers[0].send({ type: 'ready' })
      expect(statuses).toEqual(['loading', 'ready'])
      expect(client.ready).toBe(true)
      workers[0].answer()
      expect(await outcome).toMatchObject({ kind: 'reply' })
    })

    it('gives up on a worker that cannot start, that dies starting, or that never becomes ready', async () => {
      const failures: (Error | undefined)[] = []
      const client = makeClient({ handshake, ...hello, onStatus: (status, error) => status === 'failed' && failures.push(error) })
      const refused = client.request(work('a'), 100)
      workers[0].send({ type: 'no-start', message: 'fetch failed' })
      expect(await refused).toEqual({ kind: 'unavailable', stage: 'start', error: new Error('fetch failed') })

      const died = client.request(work('b'), 100)
      workers[1].crash(new Error('boom'))
      expect(await died).toMatchObject({ kind: 'unavailable', stage: 'start', error: { message: 'boom' } })

      const slow = client.request(work('c'), 100)
      await vi.advanceTimersByTimeAsync(10_000)
      expect(await slow).toMatchObject({ kind: 'unavailable', stage: 'start', error: { message: 'it did not start within 10 s' } })
      expect(workers.map((w) => w.terminated)).toEqual([true, true, true])
      expect(failures.map((e) => e?.message)).toEqual(['fetch failed', 'boom', 'it did not start within 10 s'])
    })
  })

  it('sends a first request ahead of the queue, and lets a failed one be forgotten before the next spawn', async () => {
    let reload = true
    const client = makeClient({
      onSpawned(worker) {
        if (reload) worker.sendFirst(work('reload'), 200, (ending) => void (reload = ending.kind === 'reply'))
      },
    })
    const first = client.request(work('a'), 1_000)
    expect(workers[0].names()).toEqual(['reload'])
    workers[0].answer()
    expect(workers[0].names()).toEqual(['reload', 'a'])
    workers[0].answer()
    await first
    // Worker 2 hangs on its reload: the reload is dropped, and worker 3 does not repeat it.
    workers[0].crash(new Error('gone'))
    void client.request(work('b'), 1_000)
    expect(workers[1].names()).toEqual(['reload'])
    await vi.advanceTimersByTimeAsync(200)
    expect(workers[2].names()).toEqual(['b'])
  })

  it('ends everything pending on dispose and ends the worker', async () => {
    const client = makeClient()
    const pending = [client.request(work('a'), 500), client.request(work('b'), 500)]
    client.dispose()
    expect(await Promise.all(pending)).toEqual([{ kind: 'disposed' }, { kind: 'disposed' }])
    expect(await client.request(work('c'), 500)).toEqual({ kind: 'disposed' })
    expect(workers[0].terminated).toBe(true)
    expect(statuses).toEqual(['loading', 'ready', 'idle'])
  })
})
