/**
 * Tiny UTC date helpers for the scenarios' expected-result computations. Deliberately not
 * shared with the dataset generators (src/datasets/dates.ts), so the second computation
 * stays independent of the code that produced the rows.
 */
const MS_PER_DAY = 86_400_000

/** `date` (`YYYY-MM-DD`) moved by `days`, which may be negative. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Every date from `first` to `last`, both inclusive. */
export function datesFrom(first: string, last: string): string[] {
  const dates: string[] = []
  for (let d = first; d <= last; d = shiftDate(d, 1)) dates.push(d)
  return dates
}
