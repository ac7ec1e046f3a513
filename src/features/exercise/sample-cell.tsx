import type { SqlValue } from '../../engine/types'
import { Cell } from './results-grid'
import { formatJsonCompact, isFlatList, parseJsonText, splitLongText } from './sample-value'

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
 * One sample-row cell. JSON text (the column says so, or the text is an array or object) reads
 * as data: a short list of words as tags (`comedy` `sports`), anything else as compact JSON.
 */
export function SampleCell({ value, json }: { value: SqlValue; json: boolean }) {
  if (typeof value !== 'string') return <Cell value={value} />
  const parsed = parseJsonText(value, json)
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
