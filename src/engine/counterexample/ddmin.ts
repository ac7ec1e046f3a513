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

/**
 * Reduces `items` to a subset that still makes `fails` true and from which no single item can
 * be removed (1-minimal), unless `shouldStop` ends the search first. `items` itself must fail.
 * Tries the empty list first, then chunks, then complements, doubling the granularity.
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
    let reduced = false
    // Chunks first: a small cause is found in a few tests.
    for (const chunk of chunks) {
      if ((stopped = shouldStop())) return { items: current, stopped }
      if (await fails(chunk)) {
        current = chunk
        granularity = 2
        reduced = true
        break
      }
    }
    // Then complements; with two chunks a complement is the other chunk, already tested.
    if (!reduced && granularity > 2) {
      for (let i = 0; i < chunks.length; i++) {
        if ((stopped = shouldStop())) return { items: current, stopped }
        const complement = chunks.flatMap((chunk, j) => (j === i ? [] : chunk))
        if (await fails(complement)) {
          current = complement
          granularity = Math.max(granularity - 1, 2)
          reduced = true
          break
        }
      }
    }
    if (reduced) continue
    if (granularity >= current.length) break
    granularity = Math.min(granularity * 2, current.length)
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
