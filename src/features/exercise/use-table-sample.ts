import { useEffect, useState } from 'react'
import { useScenarioSandbox } from '../../shared/sandbox/sandbox-context'
import type { SandboxRunOutcome } from '../../sql-sandbox/protocol'

export const SAMPLE_ROWS = 5

export interface TableSample {
  /** Undefined while loading. */
  sample?: SandboxRunOutcome
  /** Undefined while counting, or when the count failed (the sample says why). */
  rowCount?: number
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`

const failed = (error: unknown): SandboxRunOutcome => ({
  ok: false,
  failure: { kind: 'error', message: error instanceof Error ? error.message : String(error) },
})

/**
 * A few rows and the row count of one table on the visible dataset, fetched once `enabled`
 * (the first time the table is opened): most learners open one or two tables, and a
 * COUNT(*) over a fact table is not free. Both go through the sandbox's queue, sample first.
 */
export function useTableSample(table: string, enabled: boolean): TableSample & { unavailable: boolean } {
  const sandbox = useScenarioSandbox()
  const runtime = sandbox.status === 'ready' ? sandbox.runtime : undefined
  const [state, setState] = useState<TableSample>({})

  useEffect(() => {
    if (!runtime || !enabled) return
    let live = true
    const { sandbox: sql, visibleKey } = runtime
    sql
      .run(visibleKey, `SELECT * FROM ${quoteName(table)} LIMIT ${SAMPLE_ROWS}`, { maxRows: SAMPLE_ROWS })
      .catch(failed)
      .then((sample) => live && setState((previous) => ({ ...previous, sample })))
    sql
      .run(visibleKey, `SELECT COUNT(*) FROM ${quoteName(table)}`, { maxRows: 1 })
      .then((outcome) => {
        const count = outcome.ok ? outcome.result.rows[0]?.[0] : undefined
        if (live && typeof count === 'number') setState((previous) => ({ ...previous, rowCount: count }))
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [runtime, table, enabled])

  return { ...state, unavailable: sandbox.status === 'error' }
}
