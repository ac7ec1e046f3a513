/**
 * How sample rows show text: JSON held in TEXT columns reads as data, not as an escaped blob,
 * and long text is cut to fit a cell. Pure, so the rules are easy to test and reuse.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** A column whose description says it holds JSON. */
export const mentionsJson = (description: string | undefined): boolean => /\bjson\b/i.test(description ?? '')

/**
 * The array or object a text holds, or undefined. Only text that starts like an array or an
 * object is tried, unless the column is known to hold JSON (then `"abc"` or `3` count too).
 */
export function parseJsonText(text: string, knownJson = false): JsonValue | undefined {
  const trimmed = text.trim()
  if (!knownJson && !/^[[{]/.test(trimmed)) return undefined
  try {
    const value = JSON.parse(trimmed) as JsonValue
    return knownJson || (typeof value === 'object' && value !== null) ? value : undefined
  } catch {
    return undefined
  }
}

/** One-line JSON with a space after `,` and `:`: `["comedy", "sports"]`, `{"a": 1}`. */
export function formatJsonCompact(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(formatJsonCompact).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${formatJsonCompact(item)}`).join(', ')}}`
  }
  return JSON.stringify(value)
}

/** A short list of strings and numbers: shown as tags. */
export const isFlatList = (value: JsonValue): value is (string | number)[] =>
  Array.isArray(value) && value.length > 0 && value.length <= 8 && value.every((item) => typeof item === 'string' || typeof item === 'number')

/** Cell text longer than this is cut, with the whole text in a tooltip and for screen readers. */
export const CELL_TEXT_LIMIT = 40

/** `[shown, rest]`: the rest is empty when the text fits. Cuts on a code point boundary. */
export function splitLongText(text: string, limit = CELL_TEXT_LIMIT): [string, string] {
  const chars = Array.from(text)
  if (chars.length <= limit) return [text, '']
  const head = chars.slice(0, limit - 1).join('')
  return [head, text.slice(head.length)]
}
