/**
 * Calendar helpers for generators. Everything is computed on whole UTC day numbers
 * (days since 1970-01-01) and seconds within the day, so the machine's time zone and the
 * current date can never leak into a dataset.
 */

const MS_PER_DAY = 86_400_000

// Generators format the same few hundred days hundreds of thousands of times; Date and
// toISOString dominated generation time before these caches.
const isoDateCache = new Map<number, string>()
const dayNumberCache = new Map<string, number>()

/** An ISO date `YYYY-MM-DD`. */
export type IsoDate = string

/** Day number (days since 1970-01-01, UTC) of an ISO date. Throws on malformed input. */
export function toDayNumber(date: IsoDate): number {
  const cached = dayNumberCache.get(date)
  if (cached !== undefined) return cached
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new Error(`not an ISO date: ${date}`)
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY
  if (fromDayNumber(day) !== date) throw new Error(`not a calendar date: ${date}`)
  dayNumberCache.set(date, day)
  return day
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function fromDayNumber(day: number): IsoDate {
  let text = isoDateCache.get(day)
  if (text === undefined) {
    if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`)
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
    isoDateCache.set(day, text)
  }
  return text
}

/** `date` shifted by `days` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Every date from `first` to `last`, both inclusive. */
export function eachDate(first: IsoDate, last: IsoDate): IsoDate[] {
  const dates: IsoDate[] = []
  for (let d = toDayNumber(first); d <= toDayNumber(last); d++) dates.push(fromDayNumber(d))
  return dates
}

/** `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7)
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

/**
 * Timestamp text `YYYY-MM-DD HH:MM:SS` (UTC) for a day number plus seconds; seconds may run
 * past one day (a session ending after midnight) or be negative.
 */
export function formatTimestamp(day: number, seconds: number): string {
  const whole = Math.floor(seconds)
  const dayShift = Math.floor(whole / 86_400)
  const rest = whole - dayShift * 86_400
  const h = Math.floor(rest / 3600)
  const m = Math.floor((rest % 3600) / 60)
  const s = rest % 60
  return `${fromDayNumber(day + dayShift)} ${pad2(h)}:${pad2(m)}:${pad2(s)}`
}

/** Last ISO date of a month given as `YYYY-MM`. */
export function lastDayOfMonth(month: string): IsoDate {
  const [year, m] = month.split('-').map(Number)
  // Day 0 of the next month is the last day of this one.
  return fromDayNumber(Date.UTC(year, m, 0) / MS_PER_DAY)
}
