import type { SqlJsStatic } from 'sql.js'
import type { DatasetGenerator, DatasetVariant, TableSpec } from './types'
import { buildSqliteImage } from './sqlite-image'

/** What building a scenario's datasets needs: a `Scenario` with its `ScenarioData`'s generator. */
export interface DatasetSource {
  id: string
  asOf: string
  tables: TableSpec[]
  generate: DatasetGenerator
  variants: DatasetVariant[]
}

/** One built variant: the image bytes, its row counts and how long it took. */
export interface BuiltVariant {
  variant: DatasetVariant
  bytes: Uint8Array
  rows: Record<string, number>
  generateMs: number
  buildMs: number
}

/** Generates one variant's rows and builds its SQLite image, timing both steps. */
export function buildVariant(SQL: SqlJsStatic, source: DatasetSource, variant: DatasetVariant): BuiltVariant {
  const started = performance.now()
  const data = source.generate(variant)
  const generated = performance.now()
  const bytes = buildSqliteImage(SQL, source.tables, data)
  const rows = Object.fromEntries(source.tables.map((t) => [t.name, data.tables[t.name].length]))
  return { variant, bytes, rows, generateMs: generated - started, buildMs: performance.now() - generated }
}
