import type { SqlValue } from '../../engine/types'
import type { RunResult } from '../../sql-sandbox/protocol'
import { formatCount, formatMs } from './format'

/** The row-count line: `Showing 1,000 of 12,345 rows · 23 ms`. */
export function describeRun(result: RunResult): string {
  const noun = result.rowCount === 1 ? 'row' : 'rows'
  return `Showing ${formatCount(result.rows.length)} of ${formatCount(result.rowCount)} ${noun} · ${formatMs(result.elapsedMs)}`
}

export function Cell({ value }: { value: SqlValue }) {
  if (value === null) {
    return (
      <td className="cell-null">
        <span className="null">NULL</span>
      </td>
    )
  }
  return <td className={typeof value === 'number' ? 'cell-number' : undefined}>{String(value)}</td>
}

/** Run's rows (the count line is RunOutput's live region): every returned row, with NULL marked so it never reads as the text "NULL" or "". */
export function ResultsGrid({ result }: { result: RunResult }) {
  return (
    <div className="results">
      {result.columns.length === 0 ? (
        <p className="muted">The statement ran and returned no columns.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Query results" tabIndex={0}>
          <table className="data-table" aria-label="Query results">
            <thead>
              <tr>
                {result.columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((value, c) => (
                    <Cell key={c} value={value} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {result.rows.length === 0 && <p className="muted empty-note">The query returned no rows.</p>}
        </div>
      )}
    </div>
  )
}
