import Database from 'better-sqlite3'
import type { SqlJsStatic } from 'sql.js'
import { median } from './bench-stats'

export interface Query {
  sql: string
  image: Uint8Array
}

/**
 * sql.js time / native SQLite (better-sqlite3) time for the same query on the same
 * image, each the best of `repeats` runs so a stray pause does not decide the ratio.
 * Queries that native SQLite cannot run (our registered helpers) are skipped.
 */
export function measureNativeRatio(SQL: SqlJsStatic, queries: Query[], repeats = 5): { median: number; max: number; n: number } {
  const ratios: number[] = []
  for (const { sql, image } of queries) {
    const wasm = new SQL.Database(image)
    const native = new Database(Buffer.from(image))
    try {
      const nativeStatement = native.prepare(sql)
      const time = (fn: () => void) => {
        let best = Infinity
        for (let i = 0; i < repeats; i++) {
          const t0 = performance.now()
          fn()
          best = Math.min(best, performance.now() - t0)
        }
        return best
      }
      const wasmMs = time(() => wasm.exec(sql))
      const nativeMs = time(() => nativeStatement.all())
      ratios.push(wasmMs / Math.max(nativeMs, 0.01))
    } catch {
      // not runnable natively; skip
    } finally {
      wasm.close()
      native.close()
    }
  }
  const round2 = (x: number) => Math.round(x * 100) / 100
  return { median: round2(median(ratios)), max: round2(Math.max(...ratios)), n: ratios.length }
}
