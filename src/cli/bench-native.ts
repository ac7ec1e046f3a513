import Database from 'better-sqlite3'
import type { SqlJsStatic } from 'sql.js'
import { median } from './bench-stats'

export interface Query {
  /** The exercise whose reference this is, for the per-exercise figures. */
  exercise: string
  sql: string
  image: Uint8Array
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * sql.js time / native SQLite (better-sqlite3) time for the same query on the same image,
 * each the best of `repeats` runs so a stray pause does not decide the ratio. Both sides do
 * the same work per run: prepare the text, step every row, read every value. Every query runs
 * once on sql.js before any is timed, and each side's first run of a query is not timed: V8
 * compiles sql.js's wasm in two tiers, and code that has not yet been optimised runs several
 * times slower (a fresh `grade` process pays that; this figure is about the engines).
 * Queries that native SQLite cannot run (our registered helpers) are skipped.
 * `byExercise` is the median ratio of each exercise over its datasets.
 */
export function measureNativeRatio(
  SQL: SqlJsStatic,
  queries: Query[],
  repeats = 5,
): { median: number; max: number; n: number; byExercise: Record<string, number> } {
  const ratios: number[] = []
  const perExercise = new Map<string, number[]>()
  for (const { sql, image } of queries) {
    const wasm = new SQL.Database(image)
    try {
      wasm.exec(sql)
    } catch {
      // reported (skipped) below
    } finally {
      wasm.close()
    }
  }
  for (const { exercise, sql, image } of queries) {
    const wasm = new SQL.Database(image)
    const native = new Database(Buffer.from(image))
    try {
      const time = (fn: () => void) => {
        fn()
        let best = Infinity
        for (let i = 0; i < repeats; i++) {
          const t0 = performance.now()
          fn()
          best = Math.min(best, performance.now() - t0)
        }
        return best
      }
      const wasmMs = time(() => wasm.exec(sql))
      const nativeMs = time(() => native.prepare(sql).raw().all())
      const ratio = wasmMs / Math.max(nativeMs, 0.01)
      ratios.push(ratio)
      perExercise.set(exercise, [...(perExercise.get(exercise) ?? []), ratio])
    } catch {
      // not runnable natively; skip
    } finally {
      wasm.close()
      native.close()
    }
  }
  const byExercise = Object.fromEntries([...perExercise].map(([id, values]) => [id, round2(median(values))]))
  return { median: round2(median(ratios)), max: round2(Math.max(...ratios)), n: ratios.length, byExercise }
}
