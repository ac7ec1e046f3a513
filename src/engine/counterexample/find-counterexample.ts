/**
 * The smallest counterexample (like RATest): a handful of input rows on which an answer and
 * the reference disagree, found by delta debugging with the database as a black box. The
 * caller supplies `differs`, which builds a database from a subset of rows and runs both
 * queries; this module only decides which subsets to try.
 */
import { minimizeList, type MinimizedList, type StopReason } from './ddmin'

/** Row indexes kept per table (indexes into that table's rows). */
export type RowSelection = Record<string, number[]>

/** Rows per table, in any shape the caller's `differs` understands. */
export type TableRows<Row> = Record<string, readonly Row[]>

/** What the search reports while it runs: after each test that made the example smaller. */
export interface CounterexampleProgress {
  tests: number
  rows: number
  elapsedMs: number
}

export interface FindCounterexampleOptions<Row> {
  /** Every row of every table the example may use. Tables left out are empty in every test. */
  tables: TableRows<Row>
  /** True when the answer and the reference disagree on these rows (and only these). */
  differs: (subset: TableRows<Row>) => Promise<boolean>
  /**
   * Where to start, smallest guess first (e.g. rows whose keys appear in the differing output):
   * the first that differs is used, else the whole tables.
   */
  starts?: RowSelection[]
  /**
   * A group key per row (e.g. its `video_id`), per table. Whole groups are removed first
   * (hierarchical delta debugging), which is much faster when the example needs many rows
   * of one entity (fifty views of one video); then single rows.
   */
  groups?: Record<string, readonly (string | number)[]>
  /** Past this the search stops and returns the smallest example found so far (default 3,000 ms). */
  timeLimitMs?: number
  signal?: AbortSignal
  onProgress?: (progress: CounterexampleProgress) => void
  /** Clock in ms (default `performance.now`), replaceable in tests. */
  now?: () => number
}

export interface Counterexample<Row> {
  /** The rows of the example per table (every table of `tables`, maybe empty). */
  tables: Record<string, Row[]>
  selection: RowSelection
  rows: number
  /** True when removing any single row makes the difference disappear. */
  minimal: boolean
  /** Why the search ended early, when it did. */
  stopped?: StopReason
  tests: number
  elapsedMs: number
}

/**
 * Finds a 1-minimal set of rows on which `differs` holds: first from `start` (or all rows),
 * then ddmin table by table, largest first, repeated until a whole pass removes nothing.
 * Resolves undefined when even all the rows do not differ. Past the time limit or on abort it
 * returns the smallest example found so far with `minimal: false`.
 */
export async function findCounterexample<Row>(options: FindCounterexampleOptions<Row>): Promise<Counterexample<Row> | undefined> {
  const now = options.now ?? (() => performance.now())
  const began = now()
  const limit = options.timeLimitMs ?? 3_000
  const names = Object.keys(options.tables)
  const cache = new Map<string, boolean>()
  let tests = 0

  const shouldStop = (): StopReason | undefined => {
    if (options.signal?.aborted) return 'cancelled'
    return now() - began > limit ? 'time-limit' : undefined
  }
  const test = async (selection: RowSelection): Promise<boolean> => {
    const key = names.map((n) => (selection[n] ?? []).join(',')).join('|')
    const known = cache.get(key)
    if (known !== undefined) return known
    tests++
    const subset = Object.fromEntries(names.map((n) => [n, (selection[n] ?? []).map((i) => options.tables[n][i])]))
    const result = await options.differs(subset)
    cache.set(key, result)
    return result
  }

  const all = Object.fromEntries(names.map((n) => [n, options.tables[n].map((_, i) => i)]))
  let found: RowSelection | undefined
  for (const start of options.starts ?? []) {
    const candidate = Object.fromEntries(names.map((n) => [n, start[n] ?? []]))
    if (shouldStop()) break
    if (await test(candidate)) {
      found = candidate
      break
    }
  }
  if (!found && (await test(all))) found = all
  if (!found) return undefined
  let current: RowSelection = found

  const finish = (stopped?: StopReason): Counterexample<Row> => {
    const selection = current
    const rows = names.reduce((sum, n) => sum + selection[n].length, 0)
    return {
      tables: Object.fromEntries(names.map((n) => [n, selection[n].map((i) => options.tables[n][i])])),
      selection,
      rows,
      minimal: !stopped,
      stopped,
      tests,
      elapsedMs: now() - began,
    }
  }
  const report = () => options.onProgress?.({ tests, rows: names.reduce((s, n) => s + current[n].length, 0), elapsedMs: now() - began })

  for (;;) {
    let changed = false
    const sizes = current
    const order = [...names].sort((a, b) => sizes[b].length - sizes[a].length)
    for (const name of order) {
      const before: number[] = current[name]
      if (before.length === 0) continue
      const base: RowSelection = current
      const reduced = await minimizeTable(before, options.groups?.[name], (subset) => test({ ...base, [name]: subset }), shouldStop)
      if (reduced.items.length < before.length) {
        current = { ...current, [name]: reduced.items }
        changed = true
        report()
      }
      if (reduced.stopped) return finish(reduced.stopped)
    }
    if (!changed) return finish()
  }
}

/** ddmin over the groups of a table's rows (when it has any), then over the rows left. */
async function minimizeTable(
  rows: number[],
  groupOf: readonly (string | number)[] | undefined,
  fails: (subset: number[]) => Promise<boolean>,
  shouldStop: () => StopReason | undefined,
): Promise<MinimizedList<number>> {
  if (groupOf) {
    const groups = new Map<string | number, number[]>()
    for (const i of rows) {
      const key = groupOf[i]
      const members = groups.get(key)
      if (members) members.push(i)
      else groups.set(key, [i])
    }
    if (groups.size > 1 && groups.size < rows.length) {
      const kept = await minimizeList([...groups.values()], (subset) => fails(subset.flat().sort((a, b) => a - b)), shouldStop)
      rows = kept.items.flat().sort((a, b) => a - b)
      if (kept.stopped) return { items: rows, stopped: kept.stopped }
    }
  }
  return minimizeList(rows, fails, shouldStop)
}
