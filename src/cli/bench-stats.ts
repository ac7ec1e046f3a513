/** Small statistics helpers for the bench. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

export const median = (values: number[]): number => percentile(values, 50)

export const round1 = (x: number): number => Math.round(x * 10) / 10

export function summary(values: number[]): { p50: number; p95: number; n: number } {
  return { p50: round1(percentile(values, 50)), p95: round1(percentile(values, 95)), n: values.length }
}
