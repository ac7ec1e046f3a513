/**
 * The one numeric tolerance of all grading, SQL and Python alike. The contract says "within
 * 1e-6 absolute or relative": absolute so that `0` equals `1e-9` (a sum of floats that should
 * cancel), relative so that large sums (revenue in the millions) may differ in their last bits.
 */
export const NUMBER_TOLERANCE = 1e-6

/** True when two finite numbers are equal within {@link NUMBER_TOLERANCE}, absolute or relative (so `3` equals `3.0`). */
export function numbersClose(a: number, b: number): boolean {
  if (a === b) return true
  const diff = Math.abs(a - b)
  return diff <= NUMBER_TOLERANCE || diff <= NUMBER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
}
