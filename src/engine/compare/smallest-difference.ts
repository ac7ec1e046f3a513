import type { SqlValue } from '../types'
import type { ColumnDifference, SmallestDifference } from './types'
import { HashChains, hashCell } from './hash-rows'
import { compareRows, valuesEqual } from './values'

type Rows = readonly (readonly SqlValue[])[]

/** Expected rows used to rank the columns to set aside. */
const SAMPLE_SIZE = 256

/**
 * Pairs each missing row with an extra row and counts, per column, the pairs that differ.
 *
 * Pairing: rows are paired on the columns that are left once the fewest columns are set
 * aside. Greedily, the column whose removal from the pairing key pairs the most rows is set
 * aside, until every row is paired or nothing improves; rows still unpaired are paired in
 * sorted order. So when only `dau_mau_ratio` is wrong, the rows pair on their other columns
 * and the report says "column dau_mau_ratio differs in 12 rows", whatever the row order.
 */
export function findSmallestDifference(
  expected: Rows,
  actual: Rows,
  missing: readonly number[],
  extra: readonly number[],
  keyColumns: readonly number[],
): SmallestDifference {
  const width = expected[missing[0]]?.length ?? 0
  const pairs = pairRows(expected, actual, missing, extra, width)
  const byColumn = new Map<number, ColumnDifference>()
  let nearMatch = true
  // Report "first" by the answer's row order: that is the result the learner is looking at.
  pairs.sort((x, y) => x[1] - y[1])
  for (const [e, a] of pairs) {
    const differing: number[] = []
    for (let c = 0; c < width; c++) if (!valuesEqual(expected[e][c], actual[a][c])) differing.push(c)
    if (differing.length * 2 > width) nearMatch = false
    for (const c of differing) {
      const seen = byColumn.get(c)
      if (seen) {
        seen.rows++
        continue
      }
      const contextColumn = [...keyColumns, ...Array.from({ length: width }, (_, i) => i)].find((k) => !differing.includes(k))
      byColumn.set(c, {
        column: c,
        rows: 1,
        first: {
          expectedRow: e,
          actualRow: a,
          expected: expected[e][c],
          actual: actual[a][c],
          ...(contextColumn === undefined ? {} : { context: { column: contextColumn, value: expected[e][contextColumn] } }),
        },
      })
    }
  }
  return {
    rows: pairs.length,
    columns: [...byColumn.values()].sort((x, y) => x.column - y.column),
    nearMatch,
  }
}

function pairRows(expected: Rows, actual: Rows, missing: readonly number[], extra: readonly number[], width: number): [number, number][] {
  const pairs: [number, number][] = []
  const side = (rows: Rows, indexes: readonly number[]): Side => {
    const cells = new Int32Array(indexes.length * width)
    const totals = new Int32Array(indexes.length)
    indexes.forEach((r, i) => {
      let total = 0
      for (let c = 0; c < width; c++) total = (total + (cells[i * width + c] = hashCell(rows[r][c], c))) | 0
      totals[i] = total
    })
    return { rows, indexes, cells, totals, free: indexes.map((_, i) => i) }
  }
  const e = side(expected, missing)
  const a = side(actual, extra)
  const setAside: number[] = []
  for (let round = 0; round < width - 1 && e.free.length > 0; round++) {
    // Choose the column to set aside on a sample of the expected rows: an estimate is enough
    // to rank columns, and it keeps 50,000 differing rows from costing a second per round.
    const sample = sampleOf(e.free, SAMPLE_SIZE)
    let best = { column: -1, paired: 0 }
    for (let c = width - 1; c >= 0; c--) {
      if (setAside.includes(c)) continue
      const paired = pairOnColumns({ ...e, free: sample }, a, [...setAside, c], width).length
      if (paired > best.paired) best = { column: c, paired }
    }
    if (best.column < 0) break
    setAside.push(best.column)
    const found = pairOnColumns(e, a, setAside, width)
    const usedE = new Set(found.map((p) => p[0]))
    const usedA = new Set(found.map((p) => p[1]))
    e.free = e.free.filter((i) => !usedE.has(i))
    a.free = a.free.filter((i) => !usedA.has(i))
    for (const [i, j] of found) pairs.push([missing[i], extra[j]])
  }
  const restE = e.free.map((i) => missing[i]).sort((x, y) => compareRows(expected[x], expected[y]))
  const restA = a.free.map((i) => extra[i]).sort((x, y) => compareRows(actual[x], actual[y]))
  for (let i = 0; i < Math.min(restE.length, restA.length); i++) pairs.push([restE[i], restA[i]])
  return pairs
}

/** Up to `n` items spread evenly over `items`. */
function sampleOf(items: number[], n: number): number[] {
  if (items.length <= n) return items
  return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)])
}

/** Rows of one side with their cell hashes; `free` holds positions into `indexes`. */
interface Side {
  rows: Rows
  indexes: readonly number[]
  cells: Int32Array
  totals: Int32Array
  free: number[]
}

/**
 * Pairs free rows that agree on every column outside `setAside`, first come first paired.
 * Row hashes are sums of cell hashes, so leaving columns out is a subtraction.
 */
function pairOnColumns(e: Side, a: Side, setAside: readonly number[], width: number): [number, number][] {
  const hashOf = (s: Side, i: number): number => {
    let h = s.totals[i]
    for (const c of setAside) h = (h - s.cells[i * width + c]) | 0
    return h
  }
  const chains = new HashChains(e.indexes.length)
  for (let k = e.free.length - 1; k >= 0; k--) chains.add(hashOf(e, e.free[k]), e.free[k])
  let j = 0
  const agree = (i: number): boolean => {
    const x = e.rows[e.indexes[i]]
    const y = a.rows[a.indexes[j]]
    for (let c = 0; c < width; c++) if (!setAside.includes(c) && !valuesEqual(x[c], y[c])) return false
    return true
  }
  const out: [number, number][] = []
  for (j of a.free) {
    const i = chains.take(hashOf(a, j), agree)
    if (i >= 0) out.push([i, j])
  }
  return out
}
