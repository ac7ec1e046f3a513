import type { RunResult } from '../../../sql-sandbox/protocol'
import { DataTable } from '../../../ui/data-table'
import { formatCount, formatMs } from '../../../ui/format'

/** The row-count line: `Showing 1,000 of 12,345 rows · 23 ms`. */
export function describeRun(result: RunResult): string {
  const noun = result.rowCount === 1 ? 'row' : 'rows'
  return `Showing ${formatCount(result.rows.length)} of ${formatCount(result.rowCount)} ${noun} · ${formatMs(result.elapsedMs)}`
}

/** Run's rows (the count line is RunOutput's live region), shown exactly as SQL returned them. */
export function ResultsGrid({ result }: { result: RunResult }) {
  return (
    <div className="results">
      {result.columns.length === 0 ? (
        <p className="muted">The statement ran and returned no columns.</p>
      ) : (
        <DataTable label="Query results" columns={result.columns} rows={result.rows} emptyNote="The query returned no rows." />
      )}
    </div>
  )
}
