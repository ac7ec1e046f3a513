import type { QueryResult, ResultDiff } from '../../engine/types'
import { plural } from './format'
import { Cell } from './results-grid'

/** Rows per side; enough to read, small enough to render at once. */
const MAX_ROWS = 200

type Mark = 'missing' | 'extra'

function Side({ title, result, marked, mark }: { title: string; result: QueryResult; marked: Set<number>; mark: Mark }) {
  const rows = result.rows.slice(0, MAX_ROWS)
  return (
    <div className="diff-side">
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Row status</span>
              </th>
              {result.columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const flagged = marked.has(r)
              return (
                <tr key={r} className={flagged ? `row-${mark}` : undefined}>
                  <td className="row-mark">
                    {flagged ? (
                      <>
                        <span aria-hidden="true">{mark === 'missing' ? '− ' : '+ '}</span>
                        {mark}
                      </>
                    ) : null}
                  </td>
                  {row.map((value, c) => (
                    <Cell key={c} value={value} />
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {result.rows.length > MAX_ROWS && (
        <p className="muted">
          First {MAX_ROWS} of {plural(result.rows.length, 'row')} shown.
        </p>
      )}
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
          marked={new Set(diff.missing)}
          mark="missing"
        />
        <Side
          title={`Your result, ${plural(diff.actual.rows.length, 'row')}`}
          result={diff.actual}
          marked={new Set(diff.extra)}
          mark="extra"
        />
      </div>
    </section>
  )
}
