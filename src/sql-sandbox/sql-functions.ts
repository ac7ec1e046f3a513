/**
 * Postgres-style date helpers registered into every sandbox database, so answers written
 * the warehouse way (`date_trunc('week', ts)`, `date_part('dow', d)`) run on SQLite.
 * Dates are text in our datasets ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS', UTC), so these
 * work on text and return text/number, never a JS Date.
 */
import type { Database } from 'sql.js'

const DAY_MS = 86_400_000

/** A calendar moment read from SQL text, in UTC. */
interface Moment {
  /** Milliseconds since the epoch (UTC). */
  ms: number
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]00(?::?00)?)?$/

/** Reads 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS[.fff]]'; throws a learner-readable error otherwise. */
function readMoment(fn: string, value: unknown): Moment {
  const match = typeof value === 'string' ? DATE_TEXT.exec(value.trim()) : null
  if (match) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i] ?? 0))
    const second = Number(match[6] ?? 0)
    const ms = Date.UTC(year, month - 1, day, hour, minute, 0) + second * 1000
    const check = new Date(Date.UTC(year, month - 1, day))
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60 && second < 60) {
      return { ms, year, month, day, hour, minute, second }
    }
  }
  throw new Error(`${fn}: cannot read ${JSON.stringify(value)} as a date; expected 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'`)
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** 0 = Monday ... 6 = Sunday. */
function mondayIndex(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7
}

/** ISO 8601 week number: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(ms: number): number {
  const midnight = Math.floor(ms / DAY_MS) * DAY_MS
  const thursday = midnight + (3 - mondayIndex(midnight)) * DAY_MS
  const jan1 = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1)
  return Math.floor((thursday - jan1) / DAY_MS / 7) + 1
}

/**
 * `date_trunc(unit, value)`: the first day of the day/week/month/year holding `value`, as
 * 'YYYY-MM-DD' (unlike Postgres, which returns a timestamp). Weeks start on Monday (ISO).
 * NULL in, NULL out.
 */
export function dateTrunc(unit: unknown, value: unknown): string | null {
  if (value === null || value === undefined) return null
  const unitName = String(unit).toLowerCase()
  const m = readMoment('date_trunc', value)
  switch (unitName) {
    case 'day':
      return formatDate(m.ms)
    case 'week':
      return formatDate(Math.floor(m.ms / DAY_MS) * DAY_MS - mondayIndex(m.ms) * DAY_MS)
    case 'month':
      return formatDate(Date.UTC(m.year, m.month - 1, 1))
    case 'year':
      return formatDate(Date.UTC(m.year, 0, 1))
    default:
      throw new Error(`date_trunc: unknown unit '${String(unit)}'; use 'day', 'week', 'month' or 'year'`)
  }
}

const DATE_PARTS: Record<string, (m: Moment) => number> = {
  year: (m) => m.year,
  quarter: (m) => Math.floor((m.month - 1) / 3) + 1,
  month: (m) => m.month,
  day: (m) => m.day,
  doy: (m) => Math.floor((Date.UTC(m.year, m.month - 1, m.day) - Date.UTC(m.year, 0, 1)) / DAY_MS) + 1,
  /** 0 = Sunday, as in Postgres. */
  dow: (m) => new Date(m.ms).getUTCDay(),
  /** 1 = Monday ... 7 = Sunday. */
  isodow: (m) => mondayIndex(m.ms) + 1,
  week: (m) => isoWeek(m.ms),
  hour: (m) => m.hour,
  minute: (m) => m.minute,
  second: (m) => m.second,
  epoch: (m) => m.ms / 1000,
}

/** `date_part(unit, value)`, the Postgres units listed in DATE_PARTS. NULL in, NULL out. */
export function datePart(unit: unknown, value: unknown): number | null {
  if (value === null || value === undefined) return null
  const part = DATE_PARTS[String(unit).toLowerCase()]
  if (!part) {
    throw new Error(`date_part: unknown unit '${String(unit)}'; use one of ${Object.keys(DATE_PARTS).join(', ')}`)
  }
  return part(readMoment('date_part', value))
}

/** Registers the helpers on one database (functions live per connection, so on every fresh copy). */
export function registerSqlFunctions(db: Database): void {
  db.create_function('date_trunc', dateTrunc)
  db.create_function('date_part', datePart)
}
