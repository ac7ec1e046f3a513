/**
 * One Python runtime (Pyodide sandbox + grader) shared by every Python exercise page.
 * Starting Pyodide costs 3–4 s, so moving between Python exercises keeps it; it is ended a
 * while after the last Python page closes (a learner back on SQL pages gets the memory back).
 * Reference-counted rather than tied to one component, so React StrictMode's
 * mount -> unmount -> mount reuses the same worker instead of starting two.
 */
import { useEffect, useState } from 'react'
import type { PythonGrader } from '../../grading/python-grader'
import type { PythonSandbox } from '../../python-sandbox/protocol'
import { services } from '../services'

export interface PythonRuntime {
  sandbox: PythonSandbox
  grader: PythonGrader
}

export type PythonRuntimeState =
  /** The code is downloading or Pyodide is starting (again, after a run was stopped). */
  | { status: 'loading' }
  | { status: 'ready'; runtime: PythonRuntime }
  | { status: 'failed'; message: string }

/** How long Python stays warm after the last Python page closed. */
const KEEP_WARM_MS = 60_000

let shared: { runtime: Promise<PythonRuntime>; users: number; timer?: ReturnType<typeof setTimeout> } | undefined

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

function acquirePythonRuntime(): Promise<PythonRuntime> {
  if (!shared) {
    const runtime = (async () => {
      const sandbox = await services.createPythonSandbox()
      return { sandbox, grader: await services.createPythonGrader(sandbox) }
    })()
    const entry = { runtime, users: 0 }
    // A chunk that failed to load (offline before the first Python visit) is retried next time.
    runtime.catch(() => {
      if (shared === entry) shared = undefined
    })
    shared = entry
  }
  clearTimeout(shared.timer)
  shared.users += 1
  return shared.runtime
}

function releasePythonRuntime(): void {
  const entry = shared
  if (!entry) return
  entry.users -= 1
  if (entry.users > 0) return
  entry.timer = setTimeout(() => {
    if (shared !== entry || entry.users > 0) return
    shared = undefined
    entry.runtime.then((runtime) => runtime.sandbox.dispose(), () => undefined)
  }, KEEP_WARM_MS)
}

/** Ends the shared runtime now (tests call it between cases). */
export function disposePythonRuntime(): void {
  const entry = shared
  shared = undefined
  if (!entry) return
  clearTimeout(entry.timer)
  entry.runtime.then((runtime) => runtime.sandbox.dispose(), () => undefined)
}

/**
 * The Python runtime for the page that calls it: starts Pyodide when the page mounts and
 * follows the sandbox's status ('loading' again while it restarts after a stopped run).
 */
export function usePythonRuntime(): PythonRuntimeState {
  const [state, setState] = useState<PythonRuntimeState>({ status: 'loading' })

  useEffect(() => {
    let active = true
    let unsubscribe = () => {}
    acquirePythonRuntime().then(
      (runtime) => {
        if (!active) return
        const follow = (status: PythonSandbox['status']) => {
          if (!active) return
          // 'idle' after a crash is usable: the next run starts a fresh worker.
          if (status === 'loading') setState({ status: 'loading' })
          else if (status === 'failed') setState((current) => (current.status === 'failed' ? current : { status: 'failed', message: 'Python could not start.' }))
          else setState({ status: 'ready', runtime })
        }
        unsubscribe = runtime.sandbox.onStatus(follow)
        runtime.sandbox.start().catch((error: unknown) => {
          if (active) setState({ status: 'failed', message: messageOf(error) })
        })
        follow(runtime.sandbox.status)
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', message: messageOf(error) })
      },
    )
    return () => {
      active = false
      unsubscribe()
      releasePythonRuntime()
    }
  }, [])

  return state
}
