import type { JsonValue } from './types'

/**
 * The few Python behaviours the TypeScript references must reproduce bit for bit, because a
 * learner's answer computes with them and a result that differs in the last rounded digit
 * would be graded wrong: `round()`, `sum()`, truthiness, equality of hashable keys, slicing.
 *
 * Numbers cross the worker boundary as JSON, so an integer-valued number is a Python `int`
 * and any other number a `float` (the sandbox converts them that way).
 */

/** A Python exception raised by a reference, reported like the sandbox reports the learner's. */
export class PyError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message)
  }
}

const TWO = BigInt(2)
const TEN = BigInt(10)

/**
 * Python's `round(x, ndigits)` for a float: the exact binary value of `x` is rounded half to
 * even at `ndigits` decimals, then read back as the nearest double. So `round(2.675, 2)` is
 * 2.67 (2.675 is stored as 2.67499999...), `round(0.125, 2)` is 0.12 (an exact tie, to even),
 * and `round(2.5)` is 2. Integers come back unchanged, as Python's `round(int, n)` does.
 */
export function roundLikePython(x: number, ndigits = 0): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x
  if (ndigits > 22) return x
  const { mantissa, exponent } = decompose(Math.abs(x))
  // |x| = mantissa * 2^exponent with exponent < 0 here (x is not an integer).
  const denominator = TWO ** BigInt(-exponent)
  const scaled = mantissa * TEN ** BigInt(ndigits)
  let q = scaled / denominator
  const twiceRemainder = (scaled % denominator) * TWO
  if (twiceRemainder > denominator || (twiceRemainder === denominator && q % TWO === BigInt(1))) q += BigInt(1)
  const magnitude = Number(`${q}e-${ndigits}`)
  return x < 0 ? -magnitude : magnitude
}

/** mantissa (integer) and exponent of a positive finite double. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const hi = view.getUint32(0)
  const lo = view.getUint32(4)
  const biased = (hi >>> 20) & 0x7ff
  let mantissa = (BigInt(hi & 0xfffff) << BigInt(32)) | BigInt(lo)
  if (biased === 0) return { mantissa, exponent: -1074 }
  mantissa |= BigInt(1) << BigInt(52)
  return { mantissa, exponent: biased - 1075 }
}

/**
 * Python 3.12+'s built-in `sum()` over numbers: exact while every item is an int, then
 * Neumaier-compensated once a float appears (ints met after that are added plainly, as
 * CPython does). Pyodide runs Python 3.14, so a learner's `sum()` rounds this way.
 */
export function pySum(items: readonly number[]): number {
  let i = 0
  let intTotal = 0
  for (; i < items.length && Number.isInteger(items[i]); i++) intTotal += items[i]
  if (i === items.length) return intTotal
  let total = intTotal
  let compensation = 0
  for (; i < items.length; i++) {
    const x = items[i]
    if (Number.isInteger(x)) {
      total += x
      continue
    }
    const t = total + x
    if (Math.abs(total) >= Math.abs(x)) compensation += total - t + x
    else compensation += x - t + total
    total = t
  }
  return compensation !== 0 && Number.isFinite(compensation) ? total + compensation : total
}

/** Python truthiness of a JSON value: None, False, 0, '', [] and {} are false. */
export function pyTruthy(v: JsonValue | undefined): boolean {
  if (v === null || v === undefined) return false
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'string') return v.length > 0
  if (Array.isArray(v)) return v.length > 0
  return Object.keys(v).length > 0
}

/**
 * A key under which two values land in the same Python dict slot or set entry: `True`, `1`
 * and `1.0` are one key in Python. Lists and dicts are unhashable and raise TypeError.
 */
export function hashKey(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'None'
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`
  if (typeof v === 'number') return `n:${v}`
  if (typeof v === 'string') return `s:${v}`
  throw new PyError('TypeError', `unhashable type: '${Array.isArray(v) ? 'list' : 'dict'}'`)
}

/** Python `==` between JSON values (so `1 == 1.0 == True`, dicts ignore key order). */
export function pyEquals(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  const numA = typeof a === 'number' || typeof a === 'boolean'
  const numB = typeof b === 'number' || typeof b === 'boolean'
  if (numA || numB) return numA && numB && Number(a) === Number(b)
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return a === b
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => pyEquals(x, b[i]))
  }
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => k in b && pyEquals(a[k], b[k]))
}

/** `items[:stop]` with Python's meaning of a negative stop (counted from the end). */
export function pySliceTo<T>(items: readonly T[], stop: number): T[] {
  return items.slice(0, stop < 0 ? Math.max(0, items.length + stop) : stop)
}

/** `d.get(key, fallback)` on a JSON object, raising like Python on a non-dict. */
export function pyGet(d: JsonValue, key: string, fallback: JsonValue): JsonValue {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) {
    throw new PyError('AttributeError', `'${pyTypeName(d)}' object has no attribute 'get'`)
  }
  return Object.prototype.hasOwnProperty.call(d, key) ? d[key] : fallback
}

/** `d[key]` on a JSON object: KeyError when absent. */
export function pyItem(d: JsonValue, key: string): JsonValue {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) {
    throw new PyError('TypeError', `'${pyTypeName(d)}' object is not subscriptable`)
  }
  if (!Object.prototype.hasOwnProperty.call(d, key)) throw new PyError('KeyError', `'${key}'`)
  return d[key]
}

/** The Python type name of a JSON value, for messages: int, float, str, bool, list, dict, NoneType. */
export function pyTypeName(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'NoneType'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float'
  if (typeof v === 'string') return 'str'
  return Array.isArray(v) ? 'list' : 'dict'
}

/** A number Python would order with `<` (ints, floats, bools); anything else raises TypeError. */
export function pyNumber(v: JsonValue | undefined, what: string): number {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  throw new PyError('TypeError', `${what} must be a number, not ${pyTypeName(v)}`)
}
