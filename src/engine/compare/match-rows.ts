import type { SqlValue } from '../types'
import { HashChains, hashPattern, hashRow } from './hash-rows'
import { NUMBER_TOLERANCE, rowsEqual } from './values'

type Rows = readonly (readonly SqlValue[])[]

/** Rows left unmatched by {@link matchRows}, as ascending indexes into each input. */
export interface RowMatch {
  missing: number[]
  extra: number[]
}

/**
 * Matches two lists of rows as multisets under the tolerant equality of `rowsEqual`, and
 * returns the rows of each side that found no partner. The result is a maximum matching, so
 * "3 missing, 2 extra" never overstates the difference.
 *
 * Why three passes: tolerant equality is not transitive, so neither sorting nor rounding to a
 * grid is exact on its own.
 * 1. Rows equal position by position need nothing else (the common, correct case).
 * 2. Rows whose hash keys agree (numbers rounded to 9 significant digits) are equal, so they
 *    are paired straight away in O(n).
 * 3. Leftovers go through an exact bipartite matching (greedy, then augmenting paths) whose
 *    edges are tolerant equality. Only rows with the same text/NULL pattern can be equal, so
 *    rows are bucketed by that pattern and, within a bucket, candidates are found by binary
 *    search on the first numeric column. Augmenting paths may re-route pairs made in pass 2,
 *    which is what makes the result exact rather than greedy.
 */
export function matchRows(expected: Rows, actual: Rows): RowMatch {
  if (expected.length === actual.length && expected.every((row, i) => rowsEqual(row, actual[i]))) {
    return { missing: [], extra: [] }
  }
  const matchOfExpected = new Int32Array(expected.length).fill(-1)
  const matchOfActual = new Int32Array(actual.length).fill(-1)

  const chains = new HashChains(expected.length)
  for (let e = expected.length - 1; e >= 0; e--) chains.add(hashRow(expected[e]), e)
  let freeExpected = expected.length
  let freeActual = actual.length
  let row: readonly SqlValue[] = []
  // A hash only proposes; rowsEqual confirms, so a collision never pairs unequal rows.
  const equalsRow = (e: number): boolean => rowsEqual(expected[e], row)
  for (let a = 0; a < actual.length; a++) {
    row = actual[a]
    const e = chains.take(hashRow(row), equalsRow)
    if (e < 0) continue
    matchOfExpected[e] = a
    matchOfActual[a] = e
    freeExpected--
    freeActual--
  }
  if (freeExpected > 0 && freeActual > 0 && Math.max(expected.length, actual.length) < SHAPE_SCALE) {
    matchTolerantly(expected, actual, matchOfExpected, matchOfActual)
  }
  return {
    missing: unmatched(matchOfExpected),
    extra: unmatched(matchOfActual),
  }
}

function unmatched(matchOf: Int32Array): number[] {
  const out: number[] = []
  for (let i = 0; i < matchOf.length; i++) if (matchOf[i] < 0) out.push(i)
  return out
}

/** Rows of one shape (text/NULL pattern): tolerant-equal rows always share a bucket. */
interface Bucket {
  shape: number
  expected: number[]
  actual: number[]
}

/** Buckets with few rows are searched by scanning; bigger ones by binary search. */
const SCAN_LIMIT = 16

/** Row ids below 2^21 pack beside a 32-bit shape hash in one exact float. */
const SHAPE_SCALE = 2 ** 21

function matchTolerantly(expected: Rows, actual: Rows, matchOfExpected: Int32Array, matchOfActual: Int32Array): void {
  // Start from the free rows only: with a handful of leftovers this pass stays cheap. Free
  // rows are grouped by shape by sorting, so 50,000 one-row groups allocate next to nothing.
  const freeE = groupByShape(expected, matchOfExpected)
  const freeA = groupByShape(actual, matchOfActual)
  // Shapes of the rows paired by hash, computed only if a group may need them.
  let shapeOfPaired: Int32Array | undefined
  let pairedShapes: Set<number> | undefined
  const hasPairedRows = (shape: number): boolean => {
    if (!pairedShapes) {
      shapeOfPaired = new Int32Array(expected.length)
      pairedShapes = new Set()
      for (let e = 0; e < expected.length; e++) {
        if (matchOfExpected[e] < 0) continue
        pairedShapes.add((shapeOfPaired[e] = hashPattern(expected[e])))
      }
    }
    return pairedShapes.has(shape)
  }

  const needPaths: Bucket[] = []
  let i = 0
  let j = 0
  while (i < freeE.ids.length && j < freeA.ids.length) {
    const shape = freeE.shapes[i]
    if (shape < freeA.shapes[j]) i++
    else if (shape > freeA.shapes[j]) j++
    else {
      let iEnd = i
      let jEnd = j
      while (iEnd < freeE.ids.length && freeE.shapes[iEnd] === shape) iEnd++
      while (jEnd < freeA.ids.length && freeA.shapes[jEnd] === shape) jEnd++
      if (iEnd - i === 1 && jEnd - j === 1) {
        // One row a side, the usual case for a wrong value in a row with a text key.
        const e = freeE.ids[i]
        const a = freeA.ids[j]
        if (rowsEqual(expected[e], actual[a])) {
          matchOfExpected[e] = a
          matchOfActual[a] = e
        } else if (hasPairedRows(shape)) needPaths.push({ shape, expected: [e], actual: [a] })
        i = iEnd
        j = jEnd
        continue
      }
      const b: Bucket = { shape, expected: Array.from(freeE.ids.subarray(i, iEnd)), actual: Array.from(freeA.ids.subarray(j, jEnd)) }
      // Greedy: each free expected row takes the first free tolerant-equal row.
      const candidatesOf = searchBucket(b, expected, actual)
      let leftE = 0
      for (const e of b.expected) {
        const a = candidatesOf(e).find((x) => matchOfActual[x] < 0)
        if (a === undefined) leftE++
        else {
          matchOfExpected[e] = a
          matchOfActual[a] = e
        }
      }
      // A path needs a free row on both sides, and a pair to re-route: within the group
      // (two or more rows on a side) or among the rows already paired by hash.
      const reroutable = b.expected.length > 1 || b.actual.length > 1 || hasPairedRows(shape)
      if (leftE > 0 && reroutable && b.actual.some((a) => matchOfActual[a] < 0)) needPaths.push(b)
      i = iEnd
      j = jEnd
    }
  }
  if (needPaths.length === 0) return

  // Augmenting paths may run through rows paired by hash, so those rows join their buckets
  // now. A path never leaves its bucket: each step is a tolerant-equal pair, same shape.
  hasPairedRows(0)
  const wanted = new Map(needPaths.map((b) => [b.shape, b]))
  const isFree = new Uint8Array(expected.length)
  for (const e of freeE.ids) isFree[e] = 1
  for (let e = 0; e < expected.length; e++) {
    if (isFree[e]) continue
    const b = wanted.get(shapeOfPaired![e])
    if (b) {
      b.expected.push(e)
      b.actual.push(matchOfExpected[e]) // its partner: same shape, paired by hash
    }
  }
  const visitStamp = new Int32Array(actual.length)
  let stamp = 0
  for (const b of needPaths) {
    const candidatesOf = searchBucket(b, expected, actual)
    for (const e of b.expected) {
      if (matchOfExpected[e] < 0) augment(e, candidatesOf, matchOfExpected, matchOfActual, visitStamp, ++stamp)
    }
  }
}

/** Free rows' ids sorted by shape hash, with the hashes alongside. */
function groupByShape(rows: Rows, matchOf: Int32Array): { ids: Int32Array; shapes: Int32Array } {
  let n = 0
  for (let r = 0; r < rows.length; r++) if (matchOf[r] < 0) n++
  const ids = new Int32Array(n)
  const keys = new Float64Array(n)
  n = 0
  for (let r = 0; r < rows.length; r++) {
    if (matchOf[r] >= 0) continue
    // Shape and row id packed in one float (both exact below 2^53), so one typed sort groups them.
    keys[n++] = hashPattern(rows[r]) * SHAPE_SCALE + r
  }
  keys.sort()
  const shapes = new Int32Array(n)
  for (let k = 0; k < n; k++) {
    const shape = Math.floor(keys[k] / SHAPE_SCALE)
    shapes[k] = shape
    ids[k] = keys[k] - shape * SHAPE_SCALE
  }
  return { ids, shapes }
}

/** A function listing the actual rows of a bucket that are tolerant-equal to an expected row. */
function searchBucket(b: Bucket, expected: Rows, actual: Rows): (e: number) => number[] {
  if (b.actual.length <= SCAN_LIMIT) return (e) => b.actual.filter((a) => rowsEqual(expected[e], actual[a]))
  // Binary search on one numeric column. A hash collision may put rows of two shapes in one
  // bucket, so the column must be numeric in every row, or the bucket is scanned.
  const probe = expected[b.expected[0]]
  const column = probe.findIndex((v, c) => typeof v === 'number' && b.actual.every((a) => typeof actual[a][c] === 'number'))
  if (column < 0 || !b.expected.every((e) => typeof expected[e][column] === 'number')) {
    return (e) => b.actual.filter((a) => rowsEqual(expected[e], actual[a]))
  }
  const sorted = b.actual.slice().sort((x, y) => (actual[x][column] as number) - (actual[y][column] as number))
  const values = sorted.map((a) => actual[a][column] as number)
  return (e) => {
    const row = expected[e]
    const v = row[column] as number
    // |a - b| <= 1e-6 * max(|a|, |b|) implies |a - b| < 2e-6 * |a|: a safe search window.
    const width = 2 * NUMBER_TOLERANCE * Math.max(1, Math.abs(v))
    const out: number[] = []
    for (let i = lowerBound(values, v - width); i < sorted.length && values[i] <= v + width; i++) {
      if (rowsEqual(row, actual[sorted[i]])) out.push(sorted[i])
    }
    return out
  }
}

/** First index whose value is >= x (x may be -Infinity or NaN-free numbers). */
function lowerBound(values: number[], x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Kuhn's augmenting-path search from one free expected row, iterative so that a long chain of
 * near-equal rows cannot overflow the stack. A row that cannot be augmented now never can be
 * later, so each free row is tried once.
 */
function augment(
  root: number,
  candidatesOf: (e: number) => number[],
  matchOfExpected: Int32Array,
  matchOfActual: Int32Array,
  visitStamp: Int32Array,
  stamp: number,
): boolean {
  const stack: { e: number; cands: number[]; i: number; via: number }[] = [{ e: root, cands: candidatesOf(root), i: 0, via: -1 }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (frame.i >= frame.cands.length) {
      stack.pop()
      continue
    }
    const a = frame.cands[frame.i++]
    if (visitStamp[a] === stamp) continue
    visitStamp[a] = stamp
    frame.via = a
    const owner = matchOfActual[a]
    if (owner < 0) {
      // Flip the path: every expected row on the stack takes the actual row it came through.
      for (const f of stack) {
        matchOfExpected[f.e] = f.via
        matchOfActual[f.via] = f.e
      }
      return true
    }
    stack.push({ e: owner, cands: candidatesOf(owner), i: 0, via: -1 })
  }
  return false
}
