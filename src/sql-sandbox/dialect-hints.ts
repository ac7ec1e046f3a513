/**
 * Interview answers are often written in Postgres/warehouse SQL. When the text holds such a
 * construct we suggest the SQLite form, both when it fails (attached to the failure) and
 * when it happens to run (e.g. `CURRENT_DATE - 7` runs, but yields 2017). Pure and lexical:
 * matches outside comments and strings only.
 */
import { maskSqlText } from '../core/sql-tokens'

/** Longest operand we quote back; longer ones become `x` to keep the hint short. */
const MAX_OPERAND = 40

interface Rule {
  /** Matched against the masked text (comments and string contents blanked). */
  pattern: RegExp
  /** One hint line for a match; `raw` is the original text, `index` where the match starts. */
  describe: (match: RegExpExecArray, raw: string) => string
}

const RULES: Rule[] = [
  {
    // x - INTERVAL '7 days', x + INTERVAL '1 day', also INTERVAL '7' DAY and INTERVAL 7 DAY.
    pattern: /([-+])\s*INTERVAL\s*('[^']*'(?:\s*[A-Za-z]+)?|\d+\s*[A-Za-z]+)/gi,
    describe: (m, raw) => {
      const amount = readInterval(raw.slice(m.index + m[0].length - m[2].length, m.index + m[0].length))
      const operand = operandBefore(raw, m.index)
      const sign = m[1] === '-' ? -1 : 1
      if (!amount) return genericInterval()
      const modifier = `'${sign * amount.n >= 0 ? '+' : ''}${sign * amount.n} ${amount.unit}'`
      const timeOfDay = /hours|minutes|seconds/.test(amount.unit) || /^(now\(\)|current_timestamp)$/i.test(operand)
      const fn = timeOfDay ? 'datetime' : 'date'
      const base = /^now\(\)$/i.test(operand) ? "'now'" : operand
      const original = raw.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ')
      return `SQLite has no INTERVAL: write ${fn}(${base}, ${modifier}) instead of ${operand} ${original}.`
    },
  },
  {
    // INTERVAL without a +/- in front (e.g. inside a function call): a generic line.
    pattern: /(?<![-+]\s*)\bINTERVAL\b/gi,
    describe: () => genericInterval(),
  },
  {
    pattern: /::\s*([A-Za-z]+(?:\s+precision)?)/gi,
    describe: (m, raw) => {
      const operand = operandBefore(raw, m.index)
      const type = m[1].toLowerCase()
      const form = /^(date)$/.test(type)
        ? `date(${operand})`
        : /^(timestamp|timestamptz|datetime)$/.test(type)
          ? `datetime(${operand})`
          : /^(int|integer|bigint|smallint)$/.test(type)
            ? `CAST(${operand} AS INTEGER)`
            : /^(text|varchar|char|string)$/.test(type)
              ? `CAST(${operand} AS TEXT)`
              : `CAST(${operand} AS REAL)`
      return `SQLite has no :: casts: write ${form} instead of ${operand}::${m[1]}.`
    },
  },
  {
    pattern: /\bILIKE\b/gi,
    describe: () => "SQLite has no ILIKE: use LIKE, which already ignores case for ASCII letters ('a' LIKE 'A' is true).",
  },
  {
    pattern: /\bDATE_TRUNC\s*\(/gi,
    describe: () =>
      "Here date_trunc(unit, x) returns the date as text 'YYYY-MM-DD' (Postgres returns a timestamp); compare it with dates like '2024-06-01'.",
  },
  {
    pattern: /\bEXTRACT\s*\(\s*([A-Za-z]+)\s+FROM\s+/gi,
    describe: (m, raw) => {
      const unit = m[1].toLowerCase()
      const arg = argumentUntilClose(raw, m.index + m[0].length)
      const strftime = unit === 'dow' ? ` or CAST(strftime('%w', ${arg}) AS INTEGER)` : ''
      return `SQLite has no EXTRACT: write date_part('${unit}', ${arg})${strftime}.`
    },
  },
  {
    pattern: /\b(NOW|GETDATE)\s*\(\s*\)/gi,
    describe: (m) => `SQLite has no ${m[1].toUpperCase()}(): write datetime('now') (or CURRENT_DATE for the date).`,
  },
  {
    // Postgres: date - integer is a date. SQLite: '2024-06-30' - 7 is 2017, silently.
    pattern: /\bCURRENT_DATE\s*([-+])\s*(\d+)\b(?!\s*[.'])/gi,
    describe: (m) =>
      `CURRENT_DATE ${m[1]} ${m[2]} is arithmetic on text in SQLite ('2024-06-30' - 7 is 2017): write date(CURRENT_DATE, '${m[1]}${m[2]} days').`,
  },
  {
    pattern: /\bDATE\s*'/gi,
    describe: () => "SQLite has no DATE '...' literals: dates are text, so write '2024-06-01' (or date('2024-06-01')).",
  },
  {
    pattern: /\bDATE_?DIFF\s*\(/gi,
    describe: () => 'SQLite has no DATEDIFF: the number of days between two dates is julianday(end) - julianday(start).',
  },
  {
    pattern: /\bTO_CHAR\s*\(/gi,
    describe: () => "SQLite has no TO_CHAR: use strftime, e.g. strftime('%Y-%m', d) for 'YYYY-MM'.",
  },
]

/**
 * SQLite forms for the Postgres-isms in `sql`, one short line each, or `undefined` when
 * there are none. Suitable for `SqlFailure.hint` and for a note beside a successful run.
 * @param error the SQLite message, if the text failed; used to word a generic hint when
 *   the error itself betrays a Postgres-ism that no rule caught (a `::` token).
 */
export function findDialectHints(sql: string, error?: string): string | undefined {
  const masked = maskSqlText(sql)
  const lines: string[] = []
  for (const rule of RULES) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags)
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const line = rule.describe(m, sql)
      if (!lines.includes(line)) lines.push(line)
      if (m[0].length === 0) re.lastIndex++
    }
  }
  if (lines.length === 0 && error && /unrecognized token: ":"/.test(error)) {
    lines.push('SQLite has no :: casts: write CAST(x AS REAL), CAST(x AS INTEGER) or date(x).')
  }
  return lines.length > 0 ? lines.join('\n') : undefined
}

function genericInterval(): string {
  return "SQLite has no INTERVAL: shift dates with modifiers, e.g. date(CURRENT_DATE, '-7 days') or datetime(ts, '+1 hours')."
}

const UNITS: Record<string, { unit: string; factor: number }> = {
  second: { unit: 'seconds', factor: 1 },
  minute: { unit: 'minutes', factor: 1 },
  hour: { unit: 'hours', factor: 1 },
  day: { unit: 'days', factor: 1 },
  week: { unit: 'days', factor: 7 },
  month: { unit: 'months', factor: 1 },
  year: { unit: 'years', factor: 1 },
}

/** `'7 days'`, `'7' DAY`, `7 DAY`, `'1 week'` -> {n, unit} in SQLite modifier units. */
function readInterval(literal: string): { n: number; unit: string } | undefined {
  const m = /^'?\s*(\d+)\s*'?\s*([A-Za-z]+?)s?\s*'?$/i.exec(literal.trim()) ?? /^'\s*(\d+)\s*([A-Za-z]+?)s?\s*'/i.exec(literal.trim())
  if (!m) return undefined
  const unit = UNITS[m[2].toLowerCase()]
  return unit ? { n: Number(m[1]) * unit.factor, unit: unit.unit } : undefined
}

/** The operand that ends just before `index`: a (qualified) name, a call, or a literal. */
function operandBefore(raw: string, index: number): string {
  let end = index
  while (end > 0 && /\s/.test(raw[end - 1])) end--
  let start = end
  if (raw[end - 1] === ')') {
    let depth = 0
    for (start = end - 1; start >= 0; start--) {
      if (raw[start] === ')') depth++
      else if (raw[start] === '(' && --depth === 0) break
    }
    while (start > 0 && /[\w.]/.test(raw[start - 1])) start--
  } else if (raw[end - 1] === "'") {
    start = raw.lastIndexOf("'", end - 2)
  } else {
    while (start > 0 && /[\w.$"]/.test(raw[start - 1])) start--
  }
  const operand = raw.slice(Math.max(start, 0), end).trim()
  return operand.length > 0 && operand.length <= MAX_OPERAND ? operand : 'x'
}

/** The text from `from` up to the `)` that closes the call it sits in. */
function argumentUntilClose(raw: string, from: number): string {
  let depth = 0
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === '(') depth++
    else if (raw[i] === ')' && depth-- === 0) {
      const arg = raw.slice(from, i).trim()
      return arg.length > 0 && arg.length <= MAX_OPERAND ? arg : 'x'
    }
  }
  return 'x'
}
