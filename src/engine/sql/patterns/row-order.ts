import { compareValues, formatValue } from '../../compare/values'
import type { SqlValue } from '../../types'
import { readQueryShape } from './query-shape'
import type { PatternRule } from './types'

/** The right rows in another order: no ORDER BY at all, a missing tie-break, or a direction flipped. */
export const diagnoseRowOrder: PatternRule = ({ comparison, expected, actual, orderByNames, answerSql }) => {
  if (!comparison.orderOnly || !comparison.firstOrderDifference || !orderByNames || orderByNames.length === 0) return undefined
  const shape = answerSql ? readQueryShape(answerSql) : undefined
  const by = orderByNames.join(', ')
  if (shape && !shape.hasOrderBy) {
    return { rule: 'row-order', concept: 'without ORDER BY, SQL returns rows in no guaranteed order', fix: `End the query with ORDER BY ${by}.` }
  }
  const p = comparison.firstOrderDifference.position
  const lower = expected.columns.map((c) => c.toLowerCase())
  const positions = orderByNames.map((n) => lower.indexOf(n.toLowerCase()))
  const firstDiffering = positions.findIndex((i) => i >= 0 && formatValue(expected.rows[p][i]) !== formatValue(actual.rows[p][i]))
  if (firstDiffering > 0) {
    const tied = orderByNames.slice(0, firstDiffering).join(', ')
    return {
      rule: 'row-order',
      concept: `rows that tie on ${tied} must be ordered by ${orderByNames[firstDiffering]}: the tie-break is missing or reversed`,
      fix: `Order by ${by} (each with its own ASC or DESC).`,
    }
  }
  const first = positions[0]
  if (first >= 0 && isSorted(expected.rows.map((r) => r[first]), 1) && isSorted(actual.rows.map((r) => r[first]), -1)) {
    return { rule: 'row-order', concept: `the rows run from the largest ${orderByNames[0]} to the smallest; the statement asks for the other direction`, fix: `Order by ${by} (ASC is the default; drop DESC).` }
  }
  if (first >= 0 && isSorted(expected.rows.map((r) => r[first]), -1) && isSorted(actual.rows.map((r) => r[first]), 1)) {
    return { rule: 'row-order', concept: `the rows run from the smallest ${orderByNames[0]} to the largest; the statement asks for the largest first`, fix: `Order by ${orderByNames[0]} DESC.` }
  }
  return { rule: 'row-order', concept: `the rows are sorted by another column or direction than ${orderByNames[0]}`, fix: `Order by ${by}.` }
}

/** True when the values never go against `sign` (1 ascending, -1 descending) and change at least once. */
function isSorted(values: SqlValue[], sign: 1 | -1): boolean {
  let changed = false
  for (let i = 1; i < values.length; i++) {
    const c = compareValues(values[i - 1], values[i]) * sign
    if (c > 0) return false
    if (c < 0) changed = true
  }
  return changed
}
