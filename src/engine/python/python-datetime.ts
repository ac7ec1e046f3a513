import { PyError, pyTypeName } from './python-semantics'
import type { JsonValue } from './types'

/**
 * Python `datetime` as far as the references need it: `datetime.fromisoformat` (3.11+ rules,
 * which accept a trailing `Z`), comparison, subtraction and `isoformat()`.
 *
 * `wall` is the clock reading as seconds since 1970-01-01 (as if it were UTC); `offset` is the
 * UTC offset in seconds for an aware datetime, `null` for a naive one. Sub-second parts are
 * kept as microseconds so `fromisoformat('...10:00:00.5')` compares right.
 */
export interface PyDatetime {
  wall: number
  micro: number
  offset: number | null
}

const DATE = /^(\d{4})(-?)(\d{2})\2(\d{2})/
const TIME = /^(\d{2})(?:(:?)(\d{2})(?:\2(\d{2})(?:[.,](\d+))?)?)?/
const ZONE = /^(?:Z|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)$/

/**
 * `datetime.fromisoformat(text)`: `YYYY-MM-DD` or `YYYYMMDD`, then optionally any one
 * separator character and `HH[:MM[:SS[.ffffff]]]`, then optionally `Z` or `+HH[:MM[:SS]]`.
 * Raises ValueError on anything else (ISO week dates, which Python also accepts, are
 * left out: no case uses them) and TypeError on a non-string.
 */
export function parseIsoDatetime(text: JsonValue | undefined): PyDatetime {
  if (typeof text !== 'string') throw new PyError('TypeError', `fromisoformat: argument must be str, not ${pyTypeName(text)}`)
  const invalid = () => new PyError('ValueError', `Invalid isoformat string: '${text}'`)
  const date = DATE.exec(text)
  if (!date) throw invalid()
  const y = Number(date[1])
  const mo = Number(date[3])
  const d = Number(date[4])
  checkDate(y, mo, d)
  let rest = text.slice(date[0].length)
  let h = 0
  let mi = 0
  let s = 0
  let micro = 0
  let offset: number | null = null
  if (rest.length > 0) {
    rest = rest.slice(1) // the separator: Python 3.11+ takes any single character
    const time = TIME.exec(rest)
    if (!time) throw invalid()
    h = Number(time[1])
    mi = Number(time[3] ?? 0)
    s = Number(time[4] ?? 0)
    micro = time[5] ? Number(time[5].slice(0, 6).padEnd(6, '0')) : 0
    rest = rest.slice(time[0].length)
    if (rest.length > 0) {
      const zone = ZONE.exec(rest)
      if (!zone) throw invalid()
      if (zone[1]) {
        const seconds = Number(zone[2]) * 3600 + Number(zone[3] ?? 0) * 60 + Number(zone[4] ?? 0)
        if (seconds >= 86400) throw new PyError('ValueError', 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
        offset = zone[1] === '-' ? -seconds : seconds
      } else offset = 0
    }
    if (h > 23) throw new PyError('ValueError', 'hour must be in 0..23')
    if (mi > 59) throw new PyError('ValueError', 'minute must be in 0..59')
    if (s > 59) throw new PyError('ValueError', 'second must be in 0..59')
  }
  return { wall: Date.UTC(y, mo - 1, d, h, mi, s) / 1000, micro, offset }
}

/** `date.fromisoformat(text)`: exactly `YYYY-MM-DD` (or `YYYYMMDD`); returns days since 1970-01-01. */
export function parseIsoDate(text: JsonValue | undefined): number {
  if (typeof text !== 'string') throw new PyError('TypeError', `fromisoformat: argument must be str, not ${pyTypeName(text)}`)
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})$/.exec(text)
  if (!m) throw new PyError('ValueError', `Invalid isoformat string: '${text}'`)
  checkDate(Number(m[1]), Number(m[3]), Number(m[4]))
  return Date.UTC(Number(m[1]), Number(m[3]) - 1, Number(m[4])) / 86_400_000
}

function checkDate(y: number, mo: number, d: number): void {
  if (y < 1) throw new PyError('ValueError', `year ${y} is out of range`)
  if (mo < 1 || mo > 12) throw new PyError('ValueError', 'month must be in 1..12')
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > days) throw new PyError('ValueError', 'day is out of range for month')
}

/** Seconds since the epoch of the instant (aware) or of the wall clock (naive). */
function instant(t: PyDatetime): number {
  return t.offset === null ? t.wall : t.wall - t.offset
}

function checkComparable(a: PyDatetime, b: PyDatetime, verb: string): void {
  if ((a.offset === null) !== (b.offset === null)) {
    throw new PyError('TypeError', `can't ${verb} offset-naive and offset-aware datetimes`)
  }
}

/** `a - b` as seconds (a float when microseconds differ), raising like Python on naive vs aware. */
export function secondsBetween(a: PyDatetime, b: PyDatetime): number {
  checkComparable(a, b, 'subtract')
  return instant(a) - instant(b) + (a.micro - b.micro) / 1e6
}

/** Sign of `a - b` (`<`, `<=` ...), raising like Python on naive vs aware. */
export function compareDatetimes(a: PyDatetime, b: PyDatetime): number {
  checkComparable(a, b, 'compare')
  const d = instant(a) - instant(b)
  return d !== 0 ? Math.sign(d) : Math.sign(a.micro - b.micro)
}

/** `t + timedelta(seconds=delta)` for whole seconds. */
export function addSeconds(t: PyDatetime, delta: number): PyDatetime {
  return { ...t, wall: t.wall + delta }
}

/** `t.date()`: the wall-clock date (not the UTC date) as days since 1970-01-01. */
export function dateOf(t: PyDatetime): number {
  return Math.floor(t.wall / 86400)
}

/** `str(date)`: `YYYY-MM-DD`. */
export function formatDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10)
}

/** `t.isoformat()`: `YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM[:SS]]`, the contract's normal form. */
export function formatDatetime(t: PyDatetime): string {
  let text = new Date(t.wall * 1000).toISOString().slice(0, 19)
  if (t.micro) text += '.' + String(t.micro).padStart(6, '0')
  if (t.offset !== null) {
    const abs = Math.abs(t.offset)
    const hh = String(Math.floor(abs / 3600)).padStart(2, '0')
    const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0')
    const ss = abs % 60 ? ':' + String(abs % 60).padStart(2, '0') : ''
    text += `${t.offset < 0 ? '-' : '+'}${hh}:${mm}${ss}`
  }
  return text
}

/**
 * An aware datetime moved to UTC (offset 0), a naive one unchanged: the contract normalises
 * returned datetimes to `YYYY-MM-DDTHH:MM:SS+00:00` when they are timezone-aware, and the
 * sandbox's harness does the same to the learner's values.
 */
export function toUtc(t: PyDatetime): PyDatetime {
  return t.offset === null ? t : { ...t, wall: t.wall - t.offset, offset: 0 }
}
