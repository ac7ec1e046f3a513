import type { JsonValue } from './types'

/**
 * How Python numbers that JSON cannot tell apart travel between the sandbox, the references and
 * the feedback. JSON has one number type, so `1.0` arrives in JavaScript as `1` and would be
 * printed as an int. The harness (src/python-sandbox/harness.py) therefore sends a float whose
 * value is whole, and the floats JSON has no literal for, as marker text: `"<float 1.0>"`,
 * `"<float nan>"`, `"<float inf>"`, `"<float -inf>"`. A reference marks its whole-valued
 * floats the same way with `pyFloat`. Comparison reads a marker as its number (so `1` still
 * equals `1.0`, as the contract says); printing shows its Python text.
 */
export const FLOAT_MARKER_PREFIX = '<float '

const FLOAT_MARKER = /^<float (-?(?:nan|inf)|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)>$/

/**
 * A float as a reference returns it: a whole-valued float becomes the marker (`25.0` ->
 * `"<float 25.0>"`, printed `25.0`), any other number stays a number (JSON keeps `0.5` a float).
 */
export function pyFloat(x: number): JsonValue {
  if (Number.isNaN(x)) return `${FLOAT_MARKER_PREFIX}nan>`
  if (!Number.isFinite(x)) return `${FLOAT_MARKER_PREFIX}${x > 0 ? 'inf' : '-inf'}>`
  return Number.isInteger(x) ? `${FLOAT_MARKER_PREFIX}${floatText(x)}>` : x
}

/** The number a value stands for (a number or a float marker), or undefined for anything else. */
export function numberOf(v: JsonValue | undefined): number | undefined {
  if (typeof v === 'number') return v
  const text = floatMarkerText(v)
  if (text === undefined) return undefined
  if (text.endsWith('nan')) return NaN
  if (text.endsWith('inf')) return text.startsWith('-') ? -Infinity : Infinity
  return Number(text)
}

/** Python's text of a float marker (`1.0`, `nan`, `-inf`), or undefined when `v` is not one. */
export function floatMarkerText(v: JsonValue | undefined): string | undefined {
  if (typeof v !== 'string' || !v.startsWith(FLOAT_MARKER_PREFIX)) return undefined
  return FLOAT_MARKER.exec(v)?.[1]
}

/** Python's `repr()` of a float: `1.0`, `25.5`, `1e+20`, `1e-07`. */
export function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const abs = Math.abs(x)
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    // Python switches to exponent form at 1e16 and below 1e-4, with at least two exponent digits.
    const [mantissa, exponent] = x.toExponential().split('e')
    const sign = exponent.startsWith('-') ? '-' : '+'
    return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`
  }
  const text = String(x)
  return Number.isInteger(x) ? `${Object.is(x, -0) ? '-' : ''}${text}.0` : text
}
