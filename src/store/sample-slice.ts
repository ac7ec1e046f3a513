import type { StateCreator } from 'zustand/vanilla'
import type { SandboxRunOutcome } from '../sql-sandbox/protocol'
import { findScenario } from '../scenarios/index'
import type { RuntimeRegistry } from './runtimes'
import type { AppState, SampleSlice } from './types'

export const SAMPLE_ROWS = 5

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`

const failed = (error: unknown): SandboxRunOutcome => ({
  ok: false,
  failure: { kind: 'error', message: error instanceof Error ? error.message : String(error) },
})

/**
 * A few rows and the row count of one table on a scenario's visible dataset, fetched the first
 * time a learner opens the table in the schema explorer: most open one or two tables, and a
 * COUNT(*) over a fact table is not free. Both go through the sandbox's queue, sample first.
 */
export function createSampleSlice(runtimes: RuntimeRegistry): StateCreator<AppState, [], [], SampleSlice> {
  return (set, get) => {
    const patch = (key: string, change: Partial<AppState['tableSamples'][string]>) =>
      set((state) => ({ tableSamples: { ...state.tableSamples, [key]: { ...state.tableSamples[key], ...change } } }))
    return {
      tableSamples: {},
      loadTableSample: async (scenarioId, table) => {
        const key = `${scenarioId}/${table}`
        const scenario = findScenario(scenarioId)
        if (!scenario || get().tableSamples[key]) return
        patch(key, {})
        let runtime
        try {
          runtime = await runtimes.sql(scenario)
        } catch (error) {
          patch(key, { sample: failed(error) })
          return
        }
        const { sandbox, visibleKey } = runtime
        const sample = await sandbox.run(visibleKey, `SELECT * FROM ${quoteName(table)} LIMIT ${SAMPLE_ROWS}`, { maxRows: SAMPLE_ROWS }).catch(failed)
        patch(key, { sample })
        const counted = await sandbox.run(visibleKey, `SELECT COUNT(*) FROM ${quoteName(table)}`, { maxRows: 1 }).catch(failed)
        const count = counted.ok ? counted.result.rows[0]?.[0] : undefined
        if (typeof count === 'number') patch(key, { rowCount: count })
      },
    }
  }
}
