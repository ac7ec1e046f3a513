/**
 * The one runtime registry: the workers and graders that answers run in, created on first use
 * and shared. A SQL runtime per scenario (its datasets loaded into one sql.js worker), one Python
 * runtime (Pyodide, 3–4 s to start, so it stays warm a minute after the last Python page), one
 * data-model runtime (a sql.js worker on an empty database). Plain TypeScript: the store drives it,
 * and it reports each runtime's status back so pages can show "Loading data…" or an error.
 */
import type { ModelGrader } from '../grading/model-grader'
import type { PythonGrader } from '../grading/python-grader'
import type { SqlGrader } from '../grading/sql-grader'
import type { PythonSandbox } from '../python-sandbox/protocol'
import type { Scenario, SqlExercise } from '../scenarios/types'
import type { SqlSandbox } from '../sql-sandbox/protocol'
import type { Services } from './services'

export type RuntimeStatus = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string }

/** The sandbox and grader of one scenario's SQL exercises. */
export interface SqlRuntime {
  sandbox: SqlSandbox
  grader: SqlGrader
  /** The dataset the learner sees and Run uses (`visible`). */
  visibleKey: string
  /** Runs grader.prepare once per exercise; later calls share the promise. */
  prepare: (exercise: SqlExercise) => Promise<void>
}

export interface PythonRuntime {
  sandbox: PythonSandbox
  grader: PythonGrader
}

export interface ModelRuntime {
  grader: ModelGrader
}

export interface RuntimeRegistry {
  sql(scenario: Scenario): Promise<SqlRuntime>
  python(): Promise<PythonRuntime>
  model(): Promise<ModelRuntime>
  /** Counts a page as using the runtime under `key` (see `runtimeKey`) and starts it; the returned function releases it. */
  retain(key: string, start: () => Promise<unknown>): () => void
  /** Ends every runtime now (tests, and a store reset). */
  disposeAll(): void
}

/** How long a runtime stays up after its last page released it. */
export const KEEP_WARM_MS: Record<string, number> = { python: 60_000 }

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

interface Entry {
  value: Promise<unknown>
  users: number
  timer?: ReturnType<typeof setTimeout>
  ended: boolean
  dispose: () => void
}

/** What creating a runtime gets: the services, a place to register what ends it, and whether it already ended. */
interface Creation {
  services: Services
  onDispose: (dispose: () => void) => void
  /** Throws when the runtime was ended while it was being created, so nothing more is started. */
  stillWanted: () => void
}

/**
 * `loadServices` is a dynamic import in the app, so the sandbox clients and graders stay out of
 * the first page's bundle; `report` receives every status change (undefined once disposed).
 */
export function createRuntimeRegistry(loadServices: () => Promise<Services>, report: (key: string, status: RuntimeStatus | undefined) => void): RuntimeRegistry {
  const entries = new Map<string, Entry>()

  /** The runtime under `key`, created by `create` once; a failed creation is forgotten so the next use retries. */
  function obtain<T>(key: string, create: (creation: Creation) => Promise<T>): Promise<T> {
    const existing = entries.get(key)
    if (existing) return existing.value as Promise<T>
    const disposers: Array<() => void> = []
    const entry: Entry = {
      value: Promise.resolve(),
      users: 0,
      ended: false,
      dispose: () => {
        entry.ended = true
        disposers.splice(0).forEach((d) => d())
      },
    }
    entries.set(key, entry)
    report(key, { status: 'loading' })
    // A runtime ended while it was still being created disposes what it had made, and makes nothing more.
    const onDispose = (dispose: () => void) => (entry.ended ? dispose() : disposers.push(dispose))
    const stillWanted = () => {
      if (entry.ended) throw new Error(`The ${key} runtime was ended while it started.`)
    }
    const value = loadServices().then((services) => {
      stillWanted()
      return create({ services, onDispose, stillWanted })
    })
    entry.value = value
    value.then(
      () => entries.get(key) === entry && key !== 'python' && report(key, { status: 'ready' }),
      (error: unknown) => {
        if (entries.get(key) !== entry) return
        entries.delete(key)
        entry.dispose()
        report(key, { status: 'error', message: messageOf(error) })
      },
    )
    return value
  }

  function end(key: string, entry: Entry): void {
    if (entries.get(key) !== entry) return
    entries.delete(key)
    clearTimeout(entry.timer)
    entry.dispose()
    report(key, undefined)
  }

  return {
    sql: (scenario) =>
      obtain(`sql:${scenario.id}`, async ({ services, onDispose, stillWanted }) => {
        const keys = scenario.variants.map((variant) => variant.key)
        const [visibleKey = 'visible', ...hiddenKeys] = keys
        const sandbox = services.createSandbox()
        onDispose(() => sandbox.dispose())
        // SQLite boots in its worker (off the page's thread) while the visible dataset downloads.
        sandbox.start?.()
        const [visible] = await services.fetchDatasetImages(scenario.id, [visibleKey])
        stillWanted()
        await sandbox.load(scenario.asOf, [visible])
        mark('sql:ready')
        // Run needs only the visible dataset; grading needs the hidden variants too. They follow
        // once the page is idle, or at the first Submit if that comes sooner.
        let hidden: Promise<void> | undefined
        const loadHidden = (): Promise<void> => {
          hidden ??= (async () => {
            if (hiddenKeys.length === 0) return
            const images = await services.fetchDatasetImages(scenario.id, hiddenKeys)
            stillWanted()
            await sandbox.load(scenario.asOf, images, { add: true })
            mark('sql:hidden-loaded')
          })()
          // A failed download is tried again by the next Submit.
          hidden.catch(() => (hidden = undefined))
          return hidden
        }
        whenIdle(() => void loadHidden().catch(() => undefined))
        const grader = services.createGrader(sandbox, { datasetKeys: keys })
        const prepared = new Map<string, Promise<void>>()
        return {
          sandbox,
          grader,
          visibleKey,
          prepare: (exercise: SqlExercise) => {
            let pending = prepared.get(exercise.id)
            if (!pending) {
              pending = loadHidden().then(() => grader.prepare(exercise))
              // A failed preparation (e.g. a timeout) is retried on the next Submit.
              pending.catch(() => prepared.delete(exercise.id))
              prepared.set(exercise.id, pending)
            }
            return pending
          },
        }
      }),

    python: () =>
      obtain('python', async ({ services, onDispose }) => {
        const sandbox = await services.createPythonSandbox()
        onDispose(() => sandbox.dispose())
        const grader = await services.createPythonGrader(sandbox)
        // Pyodide restarts after a stopped run: the page follows it ('loading' again, then ready).
        const follow = (status: PythonSandbox['status']) => {
          if (!entries.has('python')) return
          if (status === 'loading') report('python', { status: 'loading' })
          else if (status === 'failed') report('python', { status: 'error', message: 'Python could not start.' })
          // 'idle' after a crash is usable: the next run starts a fresh worker.
          else report('python', { status: 'ready' })
        }
        onDispose(sandbox.onStatus(follow))
        follow(sandbox.status)
        sandbox.start().catch((error: unknown) => entries.has('python') && report('python', { status: 'error', message: messageOf(error) }))
        return { sandbox, grader }
      }),

    model: () =>
      obtain('model', async ({ services, onDispose }) => {
        const sandbox = services.createSandbox()
        onDispose(() => sandbox.dispose())
        return { grader: await services.createModelGrader(sandbox) }
      }),

    retain(key, start) {
      void start().catch(() => undefined)
      const entry = entries.get(key)
      if (!entry) return () => undefined
      clearTimeout(entry.timer)
      entry.users += 1
      let released = false
      return () => {
        if (released) return
        released = true
        entry.users -= 1
        if (entry.users > 0) return
        // A release followed at once by a new use (React StrictMode, or the next exercise of the
        // same scenario) keeps the runtime: it ends on the next turn, or after its keep-warm time.
        clearTimeout(entry.timer)
        entry.timer = setTimeout(() => entry.users === 0 && end(key, entry), KEEP_WARM_MS[key] ?? 0)
      }
    },

    disposeAll() {
      for (const [key, entry] of [...entries]) end(key, entry)
    },
  }
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name)
}

/**
 * Calls `task` once the page has been idle (at most 3 s later): the hidden datasets (megabytes
 * copied into the worker) wait until the editor has mounted and the page has settled.
 * Outside a browser it runs on the next turn.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 })
  else setTimeout(task, 0)
}
