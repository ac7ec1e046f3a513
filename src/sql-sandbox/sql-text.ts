/**
 * Small, pure helpers over SQL text shared by the error locator and the dialect hints.
 * They are deliberately lexical (no parser): the text is a learner's draft and may not parse.
 */

/**
 * Returns `text` with comments and the insides of string literals replaced by spaces.
 * The result has the same length, so an index found in it is an index into `text`;
 * searching it never matches a word that only appears in a comment or a string.
 * Quote characters themselves are kept, so `INTERVAL '7 days'` masks to `INTERVAL '      '`.
 */
export function maskSqlText(text: string): string {
  const out = text.split('')
  let i = 0
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' '
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i)
      const stop = end === -1 ? text.length : end
      blank(i, stop)
      i = stop
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      blank(i, stop)
      i = stop
    } else if (c === "'") {
      // '' inside a literal is an escaped quote, not its end.
      let j = i + 1
      while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === "'" ? 2 : 1
      blank(i + 1, j)
      i = j + 1
    } else {
      i++
    }
  }
  return out.join('')
}

/** 1-based line number of `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1
  for (let k = 0; k < index && k < text.length; k++) if (text.charCodeAt(k) === 10) line++
  return line
}

/** Escapes `s` for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
