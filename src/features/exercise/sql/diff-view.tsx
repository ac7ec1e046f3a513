import type { QueryResult, ResultDiff } from '../../../engine/types'
import { DataTable, type RowMark } from '../../../ui/data-table'
import { plural } from '../../../ui/format'

/** Rows per side; enough to read, small enough to render at once. */
const MAX_ROWS = 200

const MISSING: RowMark = { label: 'missing', symbol: '−', className: 'row-missing' }
const EXTRA: RowMark = { label: 'extra', symbol: '+', className: 'row-extra' }

/** One side, its values exactly as returned: a readable form could hide the one character that differs. */
function Side({ title, result, marked, mark }: { title: string; result: QueryResult; marked: number[]; mark: RowMark }) {
  const rows = new Set(marked)
  return (
    <div className="diff-side">
      <DataTable
        label={title}
        caption={title}
        columns={result.columns}
        rows={result.rows}
        markRow={(r) => (rows.has(r) ? mark : undefined)}
        maxRows={MAX_ROWS}
      />
    </div>
  )
}

/**
 * Expected and actual side by side for the first dataset that disagreed. Missing and extra
 * rows are tinted, and also labelled in words ("missing", "extra") so colour is never the only cue.
 */
export function DiffView({ diff }: { diff: ResultDiff }) {
  return (
    <section aria-labelledby="diff-heading" className="diff">
      <h2 id="diff-heading" className="section-title">
        Expected and actual, dataset “{diff.dataset}”
      </h2>
      <p className="muted">
        {plural(diff.missing.length, 'row')} missing from your result, {plural(diff.extra.length, 'extra row')} in it.
      </p>
      <div className="diff-sides">
        <Side
          title={`Expected (reference), ${plural(diff.expected.rows.length, 'row')}`}
          result={diff.expected}
          marked={diff.missing}
          mark={MISSING}
        />
        <Side title={`Your result, ${plural(diff.actual.rows.length, 'row')}`} result={diff.actual} marked={diff.extra} mark={EXTRA} />
      </div>
    </section>
  )
}
