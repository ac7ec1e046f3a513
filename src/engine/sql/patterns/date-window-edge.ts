import { pairRowsByKey, resolveKey } from './rows-by-key'
import type { PatternRule } from './types'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000
const dayOf = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY_MS

/**
 * Missing and extra rows keyed by a date, all at the edges of the expected date range (the first
 * or last day missing, the day before or after extra): the window is shifted by one day.
 */
export const diagnoseDateWindowEdge: PatternRule = ({ comparison, expected, actual, keyNames }) => {
  if (comparison.equal || comparison.columnCountMismatch || comparison.orderOnly) return undefined
  const key = resolveKey(expected, keyNames)
  const dateColumn = key.find((i) => expected.rows.length > 0 && expected.rows.every((r) => typeof r[i] === 'string' && DATE.test(r[i] as string)))
  if (dateColumn === undefined) return undefined
  const paired = pairRowsByKey(expected, actual, key)
  if (!paired || paired.missing.length + paired.extra.length === 0) return undefined
  const days = expected.rows.map((r) => dayOf(r[dateColumn] as string))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const dayAt = (r: readonly unknown[]) => (typeof r[dateColumn] === 'string' && DATE.test(r[dateColumn] as string) ? dayOf(r[dateColumn] as string) : NaN)
  const missingAtEdge = paired.missing.every((r) => dayAt(r) === first || dayAt(r) === last)
  const extraJustOutside = paired.extra.every((r) => dayAt(r) === first - 1 || dayAt(r) === last + 1)
  if (!missingAtEdge || !extraJustOutside) return undefined
  const name = expected.columns[dateColumn]
  const edges = [...paired.missing, ...paired.extra].map((r) => r[dateColumn] as string).sort()
  return {
    rule: 'date-window-edge',
    concept: `only the days at the edge of the window differ (${name} ${[...new Set(edges)].join(', ')}): the window is off by one day`,
    fix: 'Check each end of the date range: BETWEEN includes both ends, and date(x, \'-7 days\') through x spans 8 days.',
  }
}
