import { NUMBER_TOLERANCE, numbersClose } from '../tolerance'
import { reprPython } from './format-python'
import { numberOf } from './python-values'
import type { JsonValue, PythonStep, StepOutcome } from './types'

/**
 * Equality of normalised Python results, per the contract's "Grading semantics (Python)":
 * numbers within 1e-6 absolute or relative (so 3 equals 3.0), dict key order ignored, list
 * order significant, booleans never equal numbers (after normalisation True is `true`, and
 * a learner returning 1 for a flag has returned something else).
 */
export const PYTHON_TOLERANCE = NUMBER_TOLERANCE

/** Numbers within the grading tolerance; NaN equals NaN (a Python answer may return float('nan') where the reference does). */
export function numbersEqual(a: number, b: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true
  return numbersClose(a, b)
}

export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true
  // A whole float arrives as a marker ("<float 1.0>"): it compares as its number.
  const na = numberOf(a)
  const nb = numberOf(b)
  if (na !== undefined || nb !== undefined) return na !== undefined && nb !== undefined && numbersEqual(na, nb)
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]))
  const ra = a as Record<string, JsonValue>
  const rb = b as Record<string, JsonValue>
  const ka = Object.keys(ra)
  return ka.length === Object.keys(rb).length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && jsonEqual(ra[k], rb[k]))
}

/**
 * Whether two step outcomes agree. A `construct` step only has to succeed (what `__init__`
 * returns is not graded); two exceptions agree when their types do.
 */
export function outcomeEqual(step: PythonStep | undefined, expected: StepOutcome | undefined, actual: StepOutcome | undefined): boolean {
  if (!expected || !actual) return expected === actual
  if (expected.ok !== actual.ok) return false
  if (!expected.ok || !actual.ok) return !expected.ok && !actual.ok && expected.error.type === actual.error.type
  return step?.kind === 'construct' || jsonEqual(expected.value, actual.value)
}

/** Index of the first step whose outcomes disagree, or -1 when the case passes. */
export function firstDifferentStep(steps: readonly PythonStep[], expected: readonly StepOutcome[], actual: readonly StepOutcome[]): number {
  const n = Math.max(expected.length, actual.length)
  for (let i = 0; i < n; i++) if (!outcomeEqual(steps[i], expected[i], actual[i])) return i
  return -1
}

/** A location inside a result: `['attribution_weights']['time_decay'][1]`. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `[${reprPython(p)}]`)).join('')
}

const SHOWN = 3

/**
 * Sentences that say where a result differs from the expected one, smallest difference first:
 * which keys of a dict are missing, extra or different; for a list, whether only the order is
 * wrong, which entries are missing or extra, or the first index that differs.
 */
export function describeValueDifference(expected: JsonValue, actual: JsonValue): string[] {
  const lines: string[] = []
  collect(expected, actual, [], lines)
  return lines.length > SHOWN + 1 ? [...lines.slice(0, SHOWN), `… and ${lines.length - SHOWN} more differences.`] : lines
}

function kindOf(v: JsonValue): string {
  if (v === null) return 'None'
  if (typeof v === 'boolean') return 'a bool'
  if (numberOf(v) !== undefined) return 'a number'
  if (typeof v === 'string') return 'a str'
  return Array.isArray(v) ? 'a list' : 'a dict'
}

function at(path: readonly (string | number)[]): string {
  if (path.length === 0) return ''
  if (path.length === 1) return typeof path[0] === 'number' ? `Index ${path[0]}: ` : `Key ${reprPython(path[0])}: `
  return `At ${formatPath(path)}: `
}

function collect(expected: JsonValue, actual: JsonValue, path: (string | number)[], out: string[]): void {
  if (jsonEqual(expected, actual)) return
  const isDict = (v: JsonValue): v is { [key: string]: JsonValue } => v !== null && typeof v === 'object' && !Array.isArray(v)
  if (isDict(expected) && isDict(actual)) {
    const missing = Object.keys(expected).filter((k) => !(k in actual))
    const extra = Object.keys(actual).filter((k) => !(k in expected))
    const where = path.length === 0 ? '' : ` in ${formatPath(path)}`
    if (missing.length > 0) out.push(`Missing ${missing.length === 1 ? 'key' : 'keys'}${where}: ${missing.map((k) => reprPython(k)).join(', ')}.`)
    if (extra.length > 0) out.push(`Extra ${extra.length === 1 ? 'key' : 'keys'}${where}: ${extra.map((k) => reprPython(k)).join(', ')} (not in the expected result).`)
    for (const k of Object.keys(expected)) if (k in actual) collect(expected[k], actual[k], [...path, k], out)
    return
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    describeLists(expected, actual, path, out)
    return
  }
  if (kindOf(expected) !== kindOf(actual) && expected !== null && actual !== null) {
    out.push(`${at(path)}expected ${kindOf(expected)} (${reprPython(expected, 60)}), got ${kindOf(actual)} (${reprPython(actual, 60)}).`)
    return
  }
  out.push(`${at(path)}expected ${reprPython(expected, 80)}, got ${reprPython(actual, 80)}.`)
}

function describeLists(expected: JsonValue[], actual: JsonValue[], path: (string | number)[], out: string[]): void {
  const name = path.length === 0 ? 'The list' : `The list at ${formatPath(path)}`
  const { missing, extra } = matchEntries(expected, actual)
  if (missing.length === 0 && extra.length === 0) {
    const i = expected.findIndex((x, k) => !jsonEqual(x, actual[k]))
    out.push(
      `${name} holds the right entries in the wrong order: index ${i} is ${reprPython(actual[i], 80)} where ${reprPython(expected[i], 80)} is expected.`,
    )
    return
  }
  if (expected.length === actual.length && missing.length <= 1) {
    // Same size, one entry changed: show that entry's own difference (keys, values).
    const i = expected.findIndex((x, k) => !jsonEqual(x, actual[k]))
    out.push(`${name} first differs at index ${i}.`)
    collect(expected[i], actual[i], [...path, i], out)
    return
  }
  const sizes =
    expected.length === actual.length
      ? `both have ${expected.length} ${expected.length === 1 ? 'entry' : 'entries'}`
      : `yours has ${actual.length} ${actual.length === 1 ? 'entry' : 'entries'}, the expected one ${expected.length}`
  const first = expected.findIndex((x, k) => k >= actual.length || !jsonEqual(x, actual[k]))
  out.push(`${name} differs (${sizes}); the first difference is at index ${first < 0 ? expected.length : first}.`)
  if (missing.length > 0) out.push(`Missing: ${listEntries(expected, missing)}`)
  if (extra.length > 0) out.push(`Extra: ${listEntries(actual, extra)}`)
}

function listEntries(list: readonly JsonValue[], indexes: readonly number[]): string {
  const shown = indexes.slice(0, SHOWN).map((i) => reprPython(list[i], 120))
  return shown.join('; ') + (indexes.length > SHOWN ? ` and ${indexes.length - SHOWN} more.` : '.')
}

/** Entries of `expected` with no equal entry in `actual`, and the reverse (a greedy multiset match). */
function matchEntries(expected: readonly JsonValue[], actual: readonly JsonValue[]): { missing: number[]; extra: number[] } {
  const used = new Array<boolean>(actual.length).fill(false)
  const missing: number[] = []
  expected.forEach((x, i) => {
    // Prefer the same position, so an unchanged entry pairs with itself.
    if (i < actual.length && !used[i] && jsonEqual(x, actual[i])) {
      used[i] = true
      return
    }
    const j = actual.findIndex((y, k) => !used[k] && jsonEqual(x, y))
    if (j < 0) missing.push(i)
    else used[j] = true
  })
  const extra = used.flatMap((u, k) => (u ? [] : [k]))
  return { missing, extra }
}
