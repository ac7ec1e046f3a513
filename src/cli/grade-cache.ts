/**
 * The `grade` command's memory of our own queries' outcomes (each SQL exercise's reference and
 * known-wrong answers on each dataset), kept as one JSON file per scenario under `.tools/cache/`.
 * `scripts/tool.mjs` deletes `.tools/` whenever a source changes, so an entry can never outlive
 * the code and data that produced it. Only trusted SQL goes in (see `TrustedRunCache`); a learner's
 * answer is never cached. A file that cannot be read is ignored and rewritten.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RunOutcome } from '../engine/types'
import type { TrustedRunCache } from '../grading/sql-grader'

/** A cache that can be written back to its file. */
export interface FileRunCache extends TrustedRunCache {
  /** Writes the file if anything was added (atomically: another `grade` may read it meanwhile). */
  save(): void
}

const keyOf = (dataset: string, sql: string) => `${dataset} ${createHash('sha256').update(sql).digest('hex')}`

/** Opens (or starts) the cache of one scenario in `dir` (a folder URL). */
export function openFileRunCache(dir: URL, scenarioId: string): FileRunCache {
  const file = new URL(`${scenarioId.replace(/[^\w-]/g, '_')}.json`, dir)
  let entries: Record<string, RunOutcome> = {}
  try {
    entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RunOutcome>
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  let changed = false
  return {
    get: (dataset, sql) => entries[keyOf(dataset, sql)],
    set(dataset, sql, outcome) {
      // JSON has no Infinity or NaN: an outcome holding one is recomputed next time instead.
      if (outcome.ok && outcome.result.rows.some((row) => row.some((v) => typeof v === 'number' && !Number.isFinite(v)))) return
      entries[keyOf(dataset, sql)] = outcome
      changed = true
    },
    save() {
      if (!changed) return
      try {
        mkdirSync(dir, { recursive: true })
        const temp = fileURLToPath(file) + `.${process.pid}.tmp`
        writeFileSync(temp, JSON.stringify(entries))
        renameSync(temp, file)
        changed = false
      } catch {
        // a read-only install still grades; it just recomputes next time
      }
    },
  }
}
