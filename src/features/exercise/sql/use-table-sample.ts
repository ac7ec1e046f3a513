import { useEffect } from 'react'
import { sqlRuntimeKey, useAppStore, type TableSample } from '../../../store'

/**
 * A few rows and the row count of one table on the visible dataset, fetched by the store once
 * `enabled` (the first time the table is opened); `unavailable` when the data did not load.
 */
export function useTableSample(scenarioId: string, table: string, enabled: boolean): TableSample & { unavailable: boolean } {
  const sample = useAppStore((state) => state.tableSamples[`${scenarioId}/${table}`])
  const unavailable = useAppStore((state) => state.runtimes[sqlRuntimeKey(scenarioId)]?.status === 'error')
  useEffect(() => {
    if (enabled) void useAppStore.getState().loadTableSample(scenarioId, table)
  }, [scenarioId, table, enabled])
  return { ...sample, unavailable }
}
