import { readQueryShape } from './query-shape'
import { numericColumns, pairRowsByKey, resolveKey } from './rows-by-key'
import type { QueryResult } from '../../types'
import type { PatternRule } from './types'
import { isRate, rateOverWhole, shrunkCounts } from './whole-too-small'


/**
 * Counts above their whole: a rate over 100% (or a ratio over 1) where the reference stays
 * within it and no count of the whole shrank, or counts that are only ever too big after a join.
 * Rows were counted more than once.
 */
export const diagnoseFanOut: PatternRule = ({ comparison, expected, actual, keyNames, answerSql }) => {
  if (comparison.equal || comparison.columnCountMismatch) return undefined
  const shape = answerSql ? readQueryShape(answerSql) : undefined
  const numeric = numericColumns(expected, actual)
  const over = rateOverWhole(expected, actual)
  // A whole that shrank (distinct users against sessions) is not a part that grew: whole-too-small.
  if (over !== undefined && shrunkCounts(expected, actual, keyNames).length > 0) return undefined
  if (over !== undefined && !scaledBy100(expected, actual, over, keyNames)) {
    const name = expected.columns[over]
    return {
      rule: 'fan-out',
      concept: `${name} goes above ${/ratio/i.test(name) ? '1' : '100%'}, so a part is bigger than its whole: rows are counted more than once, usually because a join matches each row several times`,
      fix: 'Count DISTINCT ids, or aggregate each table on its own (in a CTE) before joining the totals.',
    }
  }
  if (!shape?.hasJoin) return undefined
  const paired = pairRowsByKey(expected, actual, resolveKey(expected, keyNames))
  if (!paired || paired.pairs.length === 0) return undefined
  const differing = numeric.filter((i) => paired.pairs.some(([e, a]) => e[i] !== a[i] && typeof e[i] === 'number' && typeof a[i] === 'number'))
  const counts = differing.filter((i) => !isRate(expected.columns[i]))
  // Only whole multiples (each row counted exactly 2, 3, ... times) tell a fan-out from a filter
  // that is merely too wide, which also only ever makes counts bigger.
  const multiple = (e: unknown, a: unknown) =>
    typeof e === 'number' && typeof a === 'number' && (Math.abs(a - e) < 1e-9 || (e > 0 && Number.isInteger(e) && Number.isInteger(a) && a % e === 0 && a / e >= 2))
  const inflated = counts.filter((i) => paired.pairs.every(([e, a]) => e[i] === null || a[i] === null || multiple(e[i], a[i])))
  if (counts.length === 0 || inflated.length !== counts.length) return undefined
  const names = inflated.map((i) => expected.columns[i]).join(', ')
  return {
    rule: 'fan-out',
    concept: `${names} ${inflated.length === 1 ? 'is' : 'are'} a whole multiple (2, 3, … times) of the expected count: after a join, rows are counted more than once`,
    fix: 'Count DISTINCT ids, or aggregate each table on its own (in a CTE) before joining the totals.',
  }
}

/** Every value exactly 100 times the expected one: a percent-for-fraction mix-up, not a fan-out. */
function scaledBy100(expected: QueryResult, actual: QueryResult, column: number, keyNames: readonly string[] | undefined): boolean {
  const paired = pairRowsByKey(expected, actual, resolveKey(expected, keyNames))
  const ratios = (paired?.pairs ?? [])
    .map(([e, a]) => [e[column], a[column]])
    .filter((p): p is number[] => typeof p[0] === 'number' && typeof p[1] === 'number' && p[0] !== 0)
    .map(([e, a]) => a / e)
  return ratios.length > 0 && ratios.every((r) => Math.abs(r - 100) <= 2)
}
