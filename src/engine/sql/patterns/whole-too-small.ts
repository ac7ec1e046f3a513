import { numericColumns, pairRowsByKey, resolveKey } from './rows-by-key'
import type { QueryResult } from '../../types'
import type { PatternRule } from './types'

export const isRate = (name: string) => /(_pct|pct_|percent|rate|ratio)/i.test(name)

/** The first rate column that goes above its whole (100%, or 1 for a ratio) where the reference stays within it. */
export function rateOverWhole(expected: QueryResult, actual: QueryResult): number | undefined {
  return numericColumns(expected, actual).find((i) => {
    const name = expected.columns[i]
    if (!isRate(name)) return false
    const limit = /ratio/i.test(name) ? 1 : 100
    const max = (rows: typeof expected.rows) => Math.max(-Infinity, ...rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) : -Infinity)))
    return max(expected.rows) <= limit + 1e-9 && max(actual.rows) > limit + 1e-9
  })
}

/**
 * Count columns (numbers, not rates) that the answer only ever makes smaller, on rows that share
 * the reference's key: never above the expected count, and below it at least once.
 */
export function shrunkCounts(expected: QueryResult, actual: QueryResult, keyNames: readonly string[] | undefined): number[] {
  const paired = pairRowsByKey(expected, actual, resolveKey(expected, keyNames))
  if (!paired || paired.pairs.length === 0) return []
  return numericColumns(expected, actual)
    .filter((i) => !isRate(expected.columns[i]))
    .filter((i) => {
      const values = paired.pairs.map(([e, a]) => [e[i], a[i]]).filter((p): p is number[] => typeof p[0] === 'number' && typeof p[1] === 'number')
      return values.length > 0 && values.every(([e, a]) => a <= e + 1e-9) && values.some(([e, a]) => a < e - 1e-9)
    })
}

/**
 * A rate over 100% because its whole shrank, not because its part grew: the denominator counts
 * fewer things than the numerator (distinct users where the part counts sessions). Told apart
 * from a fan-out by the counts: here the answer's count of the whole is smaller than expected.
 */
export const diagnoseWholeTooSmall: PatternRule = ({ comparison, expected, actual, keyNames, answerSql }) => {
  if (comparison.equal || comparison.columnCountMismatch) return undefined
  const over = rateOverWhole(expected, actual)
  if (over === undefined) return undefined
  const shrunk = shrunkCounts(expected, actual, keyNames)
  if (shrunk.length === 0) return undefined
  const rate = expected.columns[over]
  const counts = shrunk.map((i) => expected.columns[i]).join(', ')
  const distinct = answerSql !== undefined && /COUNT\s*\(\s*DISTINCT\b/i.test(answerSql)
  return {
    rule: 'whole-too-small',
    concept:
      `${rate} goes above ${/ratio/i.test(rate) ? '1' : '100%'} while ${counts} ${shrunk.length === 1 ? 'is' : 'are'} smaller than expected: ` +
      `the whole counts fewer things than the part${distinct ? ' (a COUNT(DISTINCT …) of something coarser than the rows the part adds up)' : ''}, so part and whole are not counted in the same unit`,
    fix: 'Count the whole over the same rows as the part: if each row is one session, the whole is COUNT(*) of those rows, not a COUNT(DISTINCT …) of users.',
  }
}
