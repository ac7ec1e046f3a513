import type { ReactNode } from 'react'
import type { SqlValue } from '../engine/types'
import { formatCount, plural } from './format'
import { formatJsonCompact, isFlatList, parseJsonText, splitLongText } from './sample-value'

/**
 * How a cell shows text. `exact`: as SQL returned it, for Run and the diff, where one character
 * can be the whole difference. `readable`: text that looks like a JSON array or object reads as
 * data and long text is cut. `json`: the column is known to hold JSON, so scalars parse too.
 */
export type CellFormat = 'exact' | 'readable' | 'json'

/** A row called out in words and a symbol, tinted by `className`, so colour is never the only cue. */
export interface RowMark {
  label: string
  symbol: string
  className: string
}

/** JSON reads badly when cut early: it gets more room than plain text. */
const JSON_TEXT_LIMIT = 80

/** Long text, cut with "…"; the whole text is in the tooltip and read in full by screen readers. */
function LongText({ text, limit, className }: { text: string; limit?: number; className?: string }) {
  const [shown, rest] = splitLongText(text, limit)
  if (!rest) return <span className={className}>{text}</span>
  return (
    <span className={className} title={text}>
      {shown}
      <span className="visually-hidden">{rest}</span>
      <span aria-hidden="true">…</span>
    </span>
  )
}

/**
 * One cell. NULL is marked so it never reads as the text "NULL" or ""; numbers align right. With
 * a readable format, a short JSON list of words shows as tags (`comedy` `sports`), other JSON as compact JSON.
 */
function DataCell({ value, format }: { value: SqlValue; format: CellFormat }) {
  if (value === null) {
    return (
      <td className="cell-null">
        <span className="null">NULL</span>
      </td>
    )
  }
  if (typeof value === 'number') return <td className="cell-number">{String(value)}</td>
  if (format === 'exact') return <td>{value}</td>
  const parsed = parseJsonText(value, format === 'json')
  if (parsed === undefined) {
    return (
      <td>
        <LongText text={value} />
      </td>
    )
  }
  const compact = formatJsonCompact(parsed)
  if (isFlatList(parsed) && compact.length <= JSON_TEXT_LIMIT) {
    return (
      <td className="cell-json" title={compact}>
        <ul className="json-tags">
          {parsed.map((item, i) => (
            <li key={i} className="json-tag">
              {String(item)}
            </li>
          ))}
        </ul>
      </td>
    )
  }
  return (
    <td className="cell-json">
      <LongText text={compact} limit={JSON_TEXT_LIMIT} className="json-text" />
    </td>
  )
}

export interface DataTableProps {
  columns: readonly string[]
  rows: readonly (readonly SqlValue[])[]
  /** Names the scrollable region, and the table too when there is no caption. */
  label: string
  /** A visible caption, which then names the table. */
  caption?: ReactNode
  /** Per column; a missing entry is `exact`. */
  formats?: readonly CellFormat[]
  /** Adds a leading "Row status" column; rows without a mark leave it empty. */
  markRow?: (rowIndex: number) => RowMark | undefined
  /** Rows beyond this are not rendered, and a note says so. */
  maxRows?: number
  /** Shown under the header when there are no rows. */
  emptyNote?: ReactNode
  compact?: boolean
}

/** SQL rows as an accessible table in a keyboard-scrollable region: named, `<th scope="col">` headers. */
export function DataTable({ columns, rows, label, caption, formats = [], markRow, maxRows, emptyNote, compact = false }: DataTableProps) {
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows)
  return (
    <>
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        <table className={compact ? 'data-table compact' : 'data-table'} aria-label={caption === undefined ? label : undefined}>
          {caption !== undefined && <caption>{caption}</caption>}
          <thead>
            <tr>
              {markRow && (
                <th scope="col">
                  <span className="visually-hidden">Row status</span>
                </th>
              )}
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => {
              const mark = markRow?.(r)
              return (
                <tr key={r} className={mark?.className}>
                  {markRow && (
                    <td className="row-mark">
                      {mark && (
                        <>
                          <span aria-hidden="true">{mark.symbol} </span>
                          {mark.label}
                        </>
                      )}
                    </td>
                  )}
                  {row.map((value, c) => (
                    <DataCell key={c} value={value} format={formats[c] ?? 'exact'} />
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
        {rows.length === 0 && emptyNote !== undefined && <p className="muted empty-note">{emptyNote}</p>}
      </div>
      {shown.length < rows.length && (
        <p className="muted">
          First {formatCount(shown.length)} of {plural(rows.length, 'row')} shown.
        </p>
      )}
    </>
  )
}
