/**
 * The project's one SQL tokenizer, lexical only (a learner's draft may not parse): the DDL
 * reader rewrites interview dialects with it, and the SQL sandbox masks comments and strings
 * with it before looking for words. It never mistakes text inside a string, a quoted name or a
 * comment for a keyword, and it keeps every token's offsets so that rewrites can blank text in
 * place (line numbers stay the learner's).
 */

/** Where and why SQL text cannot be tokenized (an unclosed string, quoted name or comment). */
export interface SqlTextError {
  message: string
  /** 1-based line in the text. */
  line: number
}

export type SqlTokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'comment'

export interface SqlToken {
  kind: SqlTokenKind
  /** The source text of the token, quotes included. */
  text: string
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character. */
  end: number
  /** 1-based line of the first character. */
  line: number
}

export type TokenizeOutcome = { ok: true; tokens: SqlToken[] } | { ok: false; error: SqlTextError }

const QUOTE_CLOSERS: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' }

/**
 * Splits SQL text into tokens (whitespace dropped, comments kept as `comment` tokens).
 * Fails only on a string, quoted name or block comment that never closes.
 */
export function tokenizeSql(text: string): TokenizeOutcome {
  const tokens: SqlToken[] = []
  const lineOf = indexLines(text)
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const end = scanToken(text, i)
    if (end < 0) return { ok: false, error: describeUnclosed(text, i, lineOf(i)) }
    tokens.push({ kind: classifyToken(text, i), text: text.slice(i, end), start: i, end, line: lineOf(i) })
    i = end
  }
  return { ok: true, tokens }
}

/** Returns the end offset of the token starting at `i`, or -1 when it never closes. */
function scanToken(text: string, i: number): number {
  const ch = text[i]
  const next = text[i + 1]
  if (ch === '-' && next === '-') {
    const eol = text.indexOf('\n', i)
    return eol < 0 ? text.length : eol
  }
  if (ch === '/' && next === '*') {
    const close = text.indexOf('*/', i + 2)
    return close < 0 ? -1 : close + 2
  }
  if (ch in QUOTE_CLOSERS) return scanQuoted(text, i, QUOTE_CLOSERS[ch])
  if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(next ?? ''))) return scanNumber(text, i)
  if (isWordStart(ch)) {
    let j = i + 1
    while (j < text.length && isWordPart(text[j])) j++
    return j
  }
  return i + 1
}

/** Quoted text: a doubled closer ('it''s', "a""b") is an escaped quote, except for [names]. */
function scanQuoted(text: string, i: number, closer: string): number {
  let j = i + 1
  while (j < text.length) {
    if (text[j] === closer) {
      if (closer !== ']' && text[j + 1] === closer) {
        j += 2
        continue
      }
      return j + 1
    }
    j++
  }
  return -1
}

function scanNumber(text: string, i: number): number {
  const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64))
  return i + (match ? match[0].length : 1)
}

function classifyToken(text: string, i: number): SqlTokenKind {
  const ch = text[i]
  if ((ch === '-' && text[i + 1] === '-') || (ch === '/' && text[i + 1] === '*')) return 'comment'
  if (ch === "'") return 'string'
  if (ch in QUOTE_CLOSERS) return 'quoted'
  if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) return 'number'
  if (isWordStart(ch)) return 'word'
  return 'punct'
}

function isWordStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) > 127
}

function isWordPart(ch: string): boolean {
  return /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 127
}

/** Names what never closed, at the line where it opened. */
function describeUnclosed(text: string, i: number, line: number): SqlTextError {
  const ch = text[i]
  if (ch === '/') return { line, message: `Unclosed comment: the "/*" on line ${line} is never closed with "*/".` }
  if (ch === "'") return { line, message: `Unclosed string: the ' on line ${line} is never closed.` }
  const closer = QUOTE_CLOSERS[ch]
  return { line, message: `Unclosed quoted name: the ${ch} on line ${line} is never closed with ${closer}.` }
}

/**
 * Returns `text` with comments and the insides of string literals replaced by spaces (line
 * breaks kept). The result has the same length, so an index found in it is an index into
 * `text`, and searching it never matches a word that only appears in a comment or a string.
 * Quote characters themselves are kept, so `INTERVAL '7 days'` masks to `INTERVAL '      '`;
 * quoted names are left as they are. An unclosed string or comment is masked to the end.
 */
export function maskSqlText(text: string): string {
  const out = text.split('')
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' '
  }
  let i = 0
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++
      continue
    }
    const scanned = scanToken(text, i)
    const end = scanned < 0 ? text.length : scanned
    const kind = classifyToken(text, i)
    if (kind === 'comment') blank(i, end)
    else if (kind === 'string') blank(i + 1, scanned < 0 ? end : end - 1)
    i = end
  }
  return out.join('')
}

/** 1-based line number of `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1
  for (let k = 0; k < index && k < text.length; k++) if (text.charCodeAt(k) === 10) line++
  return line
}

/** Returns a function from offset to 1-based line number. */
export function indexLines(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** True when the token is a bare word equal (ignoring case) to one of `words`. */
export function isWord(token: SqlToken | undefined, ...words: string[]): boolean {
  if (!token || token.kind !== 'word') return false
  const upper = token.text.toUpperCase()
  return words.includes(upper)
}

/** True for a punctuation token with exactly this text. */
export function isPunct(token: SqlToken | undefined, text: string): boolean {
  return token?.kind === 'punct' && token.text === text
}

/** True for a token that can name something: a bare word or a quoted name. */
export function isName(token: SqlToken | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'quoted'
}

/** The name a word or quoted-name token stands for, quotes removed ("a""b" -> a"b). */
export function unquoteName(token: SqlToken): string {
  if (token.kind !== 'quoted') return token.text
  const open = token.text[0]
  const inner = token.text.slice(1, -1)
  return open === '[' ? inner : inner.split(open + open).join(open)
}

/** Index of the token closing the group opened at `open` (`(`/`)` or `<`/`>`), or -1. */
export function findClose(tokens: SqlToken[], open: number, opener = '(', closer = ')'): number {
  let depth = 0
  for (let k = open; k < tokens.length; k++) {
    if (isPunct(tokens[k], opener)) depth++
    else if (isPunct(tokens[k], closer) && --depth === 0) return k
  }
  return -1
}

/** Index of the last token of a group starting at `k` (a parenthesis or `ARRAY<...>`), else `k`. */
export function skipGroup(tokens: SqlToken[], k: number): number {
  if (isPunct(tokens[k], '(')) return Math.max(k, findClose(tokens, k))
  if (isWord(tokens[k], 'ARRAY', 'MAP', 'STRUCT', 'UNIONTYPE') && isPunct(tokens[k + 1], '<')) {
    const close = findClose(tokens, k + 1, '<', '>')
    return close < 0 ? k : close
  }
  return k
}

/** Splits tokens[from, to) on commas outside any group: the items and the commas between them. */
export function splitTopLevel(tokens: SqlToken[], from: number, to: number): { items: SqlToken[][]; commas: SqlToken[] } {
  const items: SqlToken[][] = [[]]
  const commas: SqlToken[] = []
  for (let k = from; k < to; k++) {
    if (isPunct(tokens[k], ',')) {
      commas.push(tokens[k])
      items.push([])
      continue
    }
    const last = Math.min(skipGroup(tokens, k), to - 1)
    items[items.length - 1].push(...tokens.slice(k, last + 1))
    k = last
  }
  return { items, commas }
}

/**
 * Edits on the answer's text that never remove a line break: blanked text becomes spaces, a
 * replacement overwrites blanked text, insertions go on the line where they are made. So a
 * line number in the output is a line number in the answer.
 */
export class TextEdits {
  private readonly blanked: Uint8Array
  private readonly inserts = new Map<number, string>()
  private readonly overwrites = new Map<number, string>()

  constructor(private readonly text: string) {
    this.blanked = new Uint8Array(text.length)
  }

  blank(start: number, end: number): void {
    this.blanked.fill(1, start, end)
  }

  blankTokens(tokens: SqlToken[]): void {
    for (const token of tokens) this.blank(token.start, token.end)
  }

  /** Blanks [start, end) and writes `text` over the blank (the line grows only if it must). */
  replace(start: number, end: number, text: string): void {
    this.blank(start, end)
    this.overwrites.set(start, text)
  }

  insert(at: number, text: string): void {
    this.inserts.set(at, (this.inserts.get(at) ?? '') + text)
  }

  render(): string {
    const parts: string[] = []
    let skip = 0
    for (let i = 0; i <= this.text.length; i++) {
      const inserted = this.inserts.get(i)
      if (inserted !== undefined) parts.push(inserted)
      if (i === this.text.length) break
      const over = this.overwrites.get(i)
      if (over !== undefined) {
        parts.push(over)
        skip = over.length
      }
      const ch = this.text[i]
      if (ch === '\n' || ch === '\r') {
        parts.push(ch)
        skip = 0
      } else if (!this.blanked[i]) {
        parts.push(ch)
        skip = 0
      } else if (skip > 0) skip--
      else parts.push(' ')
    }
    return parts.join('')
  }
}
