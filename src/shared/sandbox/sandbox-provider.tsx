import { useEffect, useState, type ReactNode } from 'react'
import type { Scenario, SqlExercise } from '../../scenarios/types'
import { services } from '../services'
import type { ScenarioRuntime } from '../store'
import { SandboxContext, type SandboxStatus } from './sandbox-context'

/**
 * Loads a scenario's datasets into one sandbox and hands it to the pages below.
 * Mount it once per scenario (`key={scenario.id}`): moving between exercises of the same
 * scenario keeps the loaded data. Unmounting disposes the sandbox, which terminates its
 * worker, so React StrictMode's mount -> unmount -> mount leaves no stray workers behind.
 */
export function SandboxProvider({ scenario, children }: { scenario: Scenario; children: ReactNode }) {
  const [state, setState] = useState<SandboxStatus>({ status: 'loading' })

  useEffect(() => {
    let cancelled = false
    setState({ status: 'loading' })
    let sandbox: ReturnType<typeof services.createSandbox> | undefined
    const keys = scenario.variants.map((variant) => variant.key)

    const load = async () => {
      await afterFirstPaint()
      if (cancelled) return
      sandbox = services.createSandbox()
      const images = await services.fetchDatasetImages(scenario.id, keys)
      performance.mark('datasets:fetched')
      if (cancelled) return
      await sandbox.load(scenario.asOf, images)
      if (cancelled) return
      performance.mark('datasets:loaded')
      const grader = services.createGrader(sandbox, { datasetKeys: keys })
      const prepared = new Map<string, Promise<void>>()
      const runtime: ScenarioRuntime = {
        sandbox,
        grader,
        visibleKey: keys[0] ?? 'visible',
        prepare: (exercise: SqlExercise) => {
          let pending = prepared.get(exercise.id)
          if (!pending) {
            pending = grader.prepare(exercise)
            // A failed preparation (e.g. a timeout) is retried on the next Submit.
            pending.catch(() => prepared.delete(exercise.id))
            prepared.set(exercise.id, pending)
          }
          return pending
        },
      }
      setState({ status: 'ready', runtime })
    }

    load().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
    })

    return () => {
      cancelled = true
      sandbox?.dispose()
    }
  }, [scenario])

  return <SandboxContext.Provider value={state}>{children}</SandboxContext.Provider>
}

/**
 * Waits until the browser has been idle once (at most 2 s): the editor's large chunk is
 * parsed and mounted first, so a learner can start typing sooner, and the datasets
 * (several MB, copied into a worker that compiles SQLite) load right after.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 })
    else setTimeout(resolve, 0)
  })
}
