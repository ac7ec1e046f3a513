import type { SqlValue } from '../types'

/**
 * 32-bit hashes of values and rows, used to find equal rows in O(n) instead of comparing
 * every pair. A hash only proposes a partner: callers confirm with `rowsEqual`, so a collision
 * costs a comparison, never a wrong verdict.
 *
 * Numbers hash by their value rounded to 9 significant digits, so the float noise two
 * different but correct queries produce (0.30000000000000004 vs 0.3, 2.9999999999999996 vs 3)
 * lands on the same hash. Tolerant-equal numbers that straddle a rounding boundary get
 * different hashes; `matchRows` catches those in its tolerant pass.
 */

const POW10 = Array.from({ length: 700 }, (_, i) => 10 ** (i - 350))
const pow10 = (e: number): number => POW10[e + 350] ?? 10 ** e

const NULL_HASH = 0x2f1b_7a3d

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35)
  return h ^ (h >>> 16)
}

/** Hash of one value; tolerant-equal numbers usually, not always, share it. */
export function hashValue(v: SqlValue): number {
  if (v === null) return NULL_HASH
  if (typeof v === 'string') {
    let h = 0x811c_9dc5
    for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x0100_0193)
    return h ^ 0x5bd1_e995
  }
  if (Number.isInteger(v) && v >= -0x8000_0000 && v <= 0x7fff_ffff) return v | 0
  if (!Number.isFinite(v)) return v > 0 ? 0x7f80_0000 : v < 0 ? 0x7f80_0001 : 0x7fc0_0000
  const e = Math.floor(Math.log10(Math.abs(v)))
  const m = Math.round(v * pow10(8 - e))
  if (e >= 0 && e <= 8) {
    // Integer-valued after rounding (3.0000000001): hash like the integer itself.
    const unit = pow10(8 - e)
    if (m % unit === 0) return (m / unit) | 0
  }
  return mix(m | 0) ^ Math.imul(e + 400, 0x27d4_eb2d)
}

/** Hash of a value at a column: rows hash as the sum of their cells, so a cell can be subtracted. */
export function hashCell(v: SqlValue, column: number): number {
  return mix(hashValue(v) + Math.imul(column + 1, 0x9e37_79b1))
}

/** Hash of a whole row (sum of {@link hashCell}). */
export function hashRow(row: readonly SqlValue[]): number {
  let h = 0
  for (let c = 0; c < row.length; c++) h = (h + hashCell(row[c], c)) | 0
  return h
}

/**
 * Hash of a row's shape: text and NULLs by value, numbers only as "a number". Rows that are
 * tolerant-equal always share it, so it buckets the tolerant pass exactly.
 */
export function hashPattern(row: readonly SqlValue[]): number {
  let h = 0
  for (let c = 0; c < row.length; c++) {
    const v = row[c]
    h = (h + (typeof v === 'number' ? mix(0x3c6e_f372 + c) : hashCell(v, c))) | 0
  }
  return h
}

/**
 * A multimap from 32-bit hash to small integer ids, chained through a typed array, so that
 * 50,000 distinct rows cost one Map entry each and no array per key.
 */
export class HashChains {
  private readonly head = new Map<number, number>()
  private readonly next: Int32Array

  constructor(capacity: number) {
    this.next = new Int32Array(capacity)
  }

  add(hash: number, id: number): void {
    this.next[id] = this.head.get(hash) ?? -1
    this.head.set(hash, id)
  }

  /** Removes and returns the first id under `hash` that `accept` takes, or -1. */
  take(hash: number, accept: (id: number) => boolean): number {
    let id = this.head.get(hash) ?? -1
    let prev = -1
    while (id >= 0) {
      if (accept(id)) {
        const after = this.next[id]
        if (prev >= 0) this.next[prev] = after
        else if (after >= 0) this.head.set(hash, after)
        else this.head.delete(hash)
        return id
      }
      prev = id
      id = this.next[id]
    }
    return -1
  }
}
