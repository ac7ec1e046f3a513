import { pairRowsByKey, resolveKey, numericColumns } from './rows-by-key'
import type { PatternRule } from './types'

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

/**
 * Every differing value of a column is off by the same factor (100: a percent where a fraction
 * is expected, or the other way), or is the expected value with its fraction dropped (integer
 * division: in SQLite, integer / integer is an integer).
 */
export const diagnoseConstantFactor: PatternRule = ({ comparison, expected, actual, keyNames }) => {
  if (comparison.equal || comparison.columnCountMismatch || comparison.orderOnly) return undefined
  const paired = pairRowsByKey(expected, actual, resolveKey(expected, keyNames))
  if (!paired || paired.missing.length > 0 || paired.extra.length > 0) return undefined
  for (const i of numericColumns(expected, actual)) {
    const diffs = paired.pairs
      .map(([e, a]) => [e[i], a[i]] as const)
      .filter((p): p is readonly [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number' && !near(p[0], p[1]))
    if (diffs.length === 0) continue
    const name = expected.columns[i]
    if (diffs.every(([e, a]) => Number.isInteger(a) && !Number.isInteger(e) && a === Math.trunc(e))) {
      return {
        rule: 'integer-division',
        concept: `${name} loses its fraction (expected ${diffs[0][0]}, got ${diffs[0][1]}): in SQLite an integer divided by an integer is an integer`,
        fix: 'Multiply by 100.0 (or 1.0) before dividing, or CAST one side AS REAL.',
      }
    }
    const withRatio = diffs.filter(([e]) => e !== 0)
    if (withRatio.length !== diffs.length) continue
    const k = withRatio[0][1] / withRatio[0][0]
    // Tight: rounding to 2 decimals moves a ratio by well under 0.1% on the values these exercises hold.
    if (!withRatio.every(([e, a]) => Math.abs(a / e - k) <= 1e-3 * Math.abs(k))) continue
    if (Math.abs(k - 100) <= 0.1 || Math.abs(k - 0.01) <= 0.00001) {
      return {
        rule: 'percent-vs-fraction',
        concept: `every ${name} is ${k > 1 ? '100 times too big' : '100 times too small'}: ${k > 1 ? 'a percentage where a fraction' : 'a fraction where a percentage'} is expected`,
        fix: k > 1 ? 'Drop the factor of 100.' : 'Multiply by 100.0 (the statement asks for a percentage).',
      }
    }
    if (withRatio.length >= 2 && Math.abs(k - 1) > 0.05) {
      return {
        rule: 'constant-factor',
        concept: `every differing ${name} is off by the same factor (about ${Number(k.toPrecision(3))} times the expected value), so the formula's scale or denominator is off, not single rows`,
        fix: 'Compare your formula with the statement: the denominator, a factor of 100, or a unit (ms vs seconds vs minutes).',
      }
    }
  }
  return undefined
}
