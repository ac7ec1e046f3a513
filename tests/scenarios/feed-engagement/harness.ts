/**
 * Test helpers for the feed-engagement exercises: every dataset variant built once as a
 * sql.js database, queries run the way the sandbox runs them (CURRENT_DATE pinned to the
 * as-of date, date_trunc/date_part registered), and results compared by the engine's rules.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import initSqlJs, { type Database } from 'sql.js'
import { buildSqliteImage } from '../../../src/datasets/sqlite-image'
import type { Dataset } from '../../../src/datasets/types'
import { compareResultSets } from '../../../src/engine/compare/compare-result-sets'
import type { QueryResult } from '../../../src/engine/types'
import { feedEngagement } from '../../../src/scenarios/feed-engagement/scenario'
import type { SqlExercise } from '../../../src/scenarios/types'

export interface LoadedDataset {
  key: string
  data: Dataset
  db: Database
}

const AS_OF_MS = Date.parse(`${feedEngagement.asOf}T00:00:00Z`)

/** Generates every variant of the scenario and opens each as a database. */
export async function loadDatasets(): Promise<LoadedDataset[]> {
  const SQL = await initSqlJs()
  return feedEngagement.variants.map((variant) => {
    const data = feedEngagement.generate(variant)
    const db = new SQL.Database(buildSqliteImage(SQL, feedEngagement.tables, data))
    registerPostgresHelpers(db)
    return { key: variant.key, data, db }
  })
}

/**
 * A small stand-in for the sandbox's date_trunc(unit, value) and date_part(unit, value):
 * units day, week (ISO Monday), month and year, dates returned as 'YYYY-MM-DD'.
 */
function registerPostgresHelpers(db: Database): void {
  db.create_function('date_trunc', (unit: unknown, value: unknown) => {
    if (value === null || value === undefined) return null
    const day = String(value).slice(0, 10)
    switch (String(unit).toLowerCase()) {
      case 'day':
        return day
      case 'week': {
        const date = new Date(`${day}T00:00:00Z`)
        date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
        return date.toISOString().slice(0, 10)
      }
      case 'month':
        return `${day.slice(0, 7)}-01`
      case 'year':
        return `${day.slice(0, 4)}-01-01`
      default:
        throw new Error(`date_trunc: unknown unit ${String(unit)}`)
    }
  })
  db.create_function('date_part', (unit: unknown, value: unknown) => {
    if (value === null || value === undefined) return null
    const date = new Date(`${String(value).slice(0, 10)}T00:00:00Z`)
    switch (String(unit).toLowerCase()) {
      case 'year':
        return date.getUTCFullYear()
      case 'month':
        return date.getUTCMonth() + 1
      case 'day':
        return date.getUTCDate()
      case 'dow':
        return date.getUTCDay()
      default:
        throw new Error(`date_part: unknown unit ${String(unit)}`)
    }
  })
}

/** Runs one query with "now" pinned to the scenario's as-of date, as the sandbox does. */
export function runQuery(db: Database, sql: string): QueryResult {
  const realNow = Date.now
  Date.now = () => AS_OF_MS
  try {
    const results = db.exec(sql)
    const last = results[results.length - 1]
    return last ? { columns: last.columns, rows: last.values as QueryResult['rows'] } : { columns: [], rows: [] }
  } finally {
    Date.now = realNow
  }
}

/** True when `actual` matches `expected` by the grading rules (order by the exercise's orderBy). */
export function sameResult(exercise: SqlExercise, expected: QueryResult, actual: QueryResult): boolean {
  const orderBy = exercise.orderBy?.map((name) => expected.columns.indexOf(name))
  return compareResultSets(expected, actual, { orderBy }).equal
}

/** The four SQL exercises of the scenario, by slug. */
export function sqlExercises(): Map<string, SqlExercise> {
  const bySlug = new Map<string, SqlExercise>()
  for (const exercise of feedEngagement.exercises) {
    if (exercise.kind === 'sql') bySlug.set(exercise.id.split('/')[1], exercise)
  }
  return bySlug
}

/** `{name, sql}` of every `.sql` file in a folder next to this file (empty when absent). */
export function readSqlFolder(...parts: string[]): { name: string; sql: string }[] {
  const dir = join(__dirname, ...parts)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((n) => n.endsWith('.sql'))
    .sort()
    .map((n) => ({ name: n.slice(0, -4), sql: readFileSync(join(dir, n), 'utf8') }))
}
