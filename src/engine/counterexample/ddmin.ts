/**
 * Delta debugging (Zeller and Hildebrandt's ddmin) over a list of items with an async test.
 * Generic: it knows nothing of SQL. `find-counterexample.ts` runs it per table.
 */

/** Stops a search between two tests; `stop()` says why, or undefined to go on. */
export type StopCheck = () => StopReason | undefined

/** Why a search ended before it could prove its result 1-minimal. */
export type StopReason = 'time-limit' | 'cancelled'

/** What `minimizeList` found: a subset that still fails, and whether the search ran to the end. */
export interface MinimizedList<T> {
  items: T[]
  /** Set when the search was stopped: `items` still fails but may not be 1-minimal. */
  stopped?: StopReason
}

/** Above this granularity single chunks are no longer tried alone: they almost never fail. */
const SUBSET_TRIES_UP_TO = 4

/**
 * Reduces `items` to a subset that still makes `fails` true and from which no single item can
 * be removed (1-minimal), unless `shouldStop` ends the search first. `items` itself must fail.
 * Tries the empty list first; then, at granularity n, each chunk alone (small n only) and the
 * list without each chunk. A chunk whose removal keeps the failure is dropped and the scan
 * goes on from there (no restart), so removing many single items costs one pass, not n passes.
 */
export async function minimizeList<T>(
  items: readonly T[],
  fails: (subset: T[]) => Promise<boolean>,
  shouldStop: StopCheck = () => undefined,
): Promise<MinimizedList<T>> {
  let current = [...items]
  if (current.length === 0) return { items: current }
  let stopped = shouldStop()
  if (stopped) return { items: current, stopped }
  if (await fails([])) return { items: [] }
  let granularity = 2
  while (current.length >= 2) {
    const chunks = splitIntoChunks(current, granularity)
    let narrowed = false
    if (granularity <= SUBSET_TRIES_UP_TO) {
      for (const chunk of chunks) {
        if ((stopped = shouldStop())) return { items: current, stopped }
        if (chunk.length < current.length && (await fails(chunk))) {
          current = chunk
          narrowed = true
          break
        }
      }
    }
    if (narrowed) {
      granularity = 2
      continue
    }
    let removed = false
    for (let i = 0; i < chunks.length && chunks.length > 1; ) {
      if ((stopped = shouldStop())) return { items: chunks.flat(), stopped }
      const without = chunks.flatMap((chunk, j) => (j === i ? [] : chunk))
      if (await fails(without)) {
        chunks.splice(i, 1)
        removed = true
      } else i++
    }
    current = chunks.flat()
    if (removed) granularity = Math.max(2, Math.min(granularity, current.length))
    else if (granularity >= current.length) break
    else granularity = Math.min(granularity * 2, current.length)
  }
  return { items: current }
}

/** Cuts `items` into `n` runs of nearly equal length, in order. */
export function splitIntoChunks<T>(items: readonly T[], n: number): T[][] {
  const chunks: T[][] = []
  let start = 0
  for (let i = 0; i < n; i++) {
    const end = start + Math.floor((items.length - start) / (n - i))
    chunks.push(items.slice(start, end))
    start = end
  }
  return chunks.filter((c) => c.length > 0)
}
