import { PyError } from './python-semantics'
import type { JsonValue } from './types'

/**
 * `json.loads` for the references that receive JSON *text*. JavaScript's JSON.parse would
 * lose what Python keeps: `5.0` is a float, not the int 5, so `{"user_id": 5.0}` has no
 * integer id. The result is plain JSON plus, for a top-level object, the keys whose values
 * were float literals. Like Python's decoder it accepts NaN/Infinity and rejects control
 * characters inside strings; duplicate keys keep the last value.
 */
export interface LoadedJson {
  value: JsonValue
  floatKeys: Set<string>
}

export function loadsJson(text: string): LoadedJson {
  let i = 0
  const floatKeys = new Set<string>()
  const fail = (what: string): never => {
    throw new PyError('JSONDecodeError', `${what}: char ${i}`)
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (text.startsWith(word, i)) {
      i += word.length
      return value
    }
    return fail('Expecting value')
  }
  const number = (): { value: number; isFloat: boolean } => {
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i))
    if (!m) return fail('Expecting value')
    i += m[0].length
    return { value: Number(m[0]), isFloat: Boolean(m[1] || m[2]) }
  }
  const string = (): string => {
    i++ // opening quote
    let out = ''
    while (i < text.length) {
      const c = text[i]
      if (c === '"') {
        i++
        return out
      }
      if (c < ' ') fail('Invalid control character at')
      if (c === '\\') {
        const e = text[i + 1]
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
        if (e in simple) {
          out += simple[e]
          i += 2
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
          i += 6
        } else fail('Invalid \\escape')
        continue
      }
      out += c
      i++
    }
    return fail('Unterminated string starting at')
  }
  const value = (depth: number, key?: string): JsonValue => {
    ws()
    const c = text[i]
    if (c === '{') return object(depth)
    if (c === '[') {
      i++
      const items: JsonValue[] = []
      ws()
      if (text[i] === ']') {
        i++
        return items
      }
      for (;;) {
        items.push(value(depth + 1))
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return items
        } else fail("Expecting ',' delimiter")
      }
    }
    if (c === '"') return string()
    if (c === 'n') return literal('null', null)
    if (c === 't') return literal('true', true)
    if (c === 'f') return literal('false', false)
    // NaN and infinities have no JSON form on the way out; they never occur in our cases.
    if (c === 'N') return literal('NaN', null)
    if (c === 'I') return literal('Infinity', null)
    if (text.startsWith('-Infinity', i)) return literal('-Infinity', null)
    const n = number()
    if (depth === 1 && key !== undefined) {
      if (n.isFloat) floatKeys.add(key)
      else floatKeys.delete(key)
    }
    return n.value
  }
  const object = (depth: number): JsonValue => {
    i++
    const out: Record<string, JsonValue> = {}
    ws()
    if (text[i] === '}') {
      i++
      return out
    }
    for (;;) {
      ws()
      if (text[i] !== '"') fail('Expecting property name enclosed in double quotes')
      const key = string()
      ws()
      if (text[i] !== ':') fail("Expecting ':' delimiter")
      i++
      if (depth === 0) floatKeys.delete(key)
      out[key] = value(depth + 1, depth === 0 ? key : undefined)
      ws()
      if (text[i] === ',') i++
      else if (text[i] === '}') {
        i++
        return out
      } else fail("Expecting ',' delimiter")
    }
  }
  const result = value(0)
  ws()
  if (i < text.length) fail('Extra data')
  return { value: result, floatKeys }
}
