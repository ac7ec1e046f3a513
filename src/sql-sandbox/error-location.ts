/**
 * SQLite's messages (through sql.js) carry no position. Learners fix errors faster when
 * told the line, so we find the offending token ourselves: in the statement that failed,
 * first outside comments and strings, then anywhere in it.
 */
import { lineAt, maskSqlText } from '../core/sql-tokens'

/** A SQLite message placed on the learner's text. */
export interface LocatedError {
  /** The message, prefixed with `Line N: ` when the line is known. */
  message: string
  line?: number
}

/** Which messages name a token we can look for, and how that token is written in the text. */
const TOKEN_MESSAGES: { pattern: RegExp; toSearch: (token: string) => RegExp[] }[] = [
  { pattern: /^near "([\s\S]*)": syntax error$/, toSearch: (t) => [tokenPattern(t)] },
  { pattern: /^unrecognized token: "([\s\S]*)"$/, toSearch: (t) => [tokenPattern(t)] },
  { pattern: /^no such function: (.+)$/, toSearch: (t) => [new RegExp(`${tokenPattern(t).source}\\s*\\(`, 'i')] },
  { pattern: /^no such column: (.+)$/, toSearch: qualifiedNamePatterns },
  { pattern: /^no such table: (.+)$/, toSearch: qualifiedNamePatterns },
]

/**
 * Adds the learner-facing line to a SQLite error message.
 * @param text the learner's whole text
 * @param statementStart index in `text` where the failing statement starts
 * @param message SQLite's message, e.g. `near "SELEC": syntax error`
 */
export function locateSqlError(text: string, statementStart: number, message: string): LocatedError {
  const index = findErrorIndex(text, statementStart, message)
  if (index === undefined) return { message }
  const line = lineAt(text, index)
  return { message: `Line ${line}: ${message}`, line }
}

function findErrorIndex(text: string, start: number, message: string): number | undefined {
  if (message === 'incomplete input') {
    // The statement ran off the end of the text: point at its last visible character.
    const end = text.trimEnd().length
    return end > start ? end - 1 : undefined
  }
  for (const { pattern, toSearch } of TOKEN_MESSAGES) {
    const match = pattern.exec(message)
    if (!match) continue
    const patterns = toSearch(match[1])
    const masked = maskSqlText(text)
    const end = statementEnd(masked, start)
    for (const haystack of [masked, text]) {
      for (const re of patterns) {
        const found = searchFrom(haystack.slice(0, end), re, start)
        if (found !== undefined) return found
      }
    }
    return undefined
  }
  return undefined
}

/** The statement ends at the first `;` outside strings and comments (inclusive). */
function statementEnd(masked: string, start: number): number {
  const semi = masked.indexOf(';', start)
  return semi === -1 ? masked.length : semi + 1
}

function searchFrom(haystack: string, re: RegExp, start: number): number | undefined {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
  global.lastIndex = start
  const match = global.exec(haystack)
  return match ? match.index : undefined
}

/** A token, with word boundaries where it starts or ends with a word character. */
function tokenPattern(token: string): RegExp {
  const before = /^\w/.test(token) ? '(?<![\\w$])' : ''
  const after = /\w$/.test(token) ? '(?![\\w$])' : ''
  return new RegExp(`${before}${escapeRegExp(token)}${after}`, 'i')
}

/** `t.col` may be written `t . col` or `"t"."col"`; `main.t` is usually written `t`. */
function qualifiedNamePatterns(name: string): RegExp[] {
  const parts = name.split('.')
  const quoted = (p: string) => `["\`\\[]?${escapeRegExp(p)}["\`\\]]?`
  const full = new RegExp(`(?<![\\w$])${parts.map(quoted).join('\\s*\\.\\s*')}(?![\\w$])`, 'i')
  const last = parts[parts.length - 1]
  return parts.length > 1 ? [full, tokenPattern(last)] : [full]
}

/** Escapes `s` for use inside a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
