/**
 * An empty in-memory database with a dataset's schema, on which each candidate subset of rows
 * is tried: rows go in inside a SAVEPOINT and come out with ROLLBACK TO, so a test costs only
 * its own rows (measured: see ../README.md). The dataset images are never opened for writing.
 */
import type { Database, SqlJsStatic, Statement } from 'sql.js'
import type { SqlValue } from '../../engine/types'
import { registerSqlFunctions } from '../sql-functions'

/** One table of the dataset as the search needs it. */
export interface SourceTable {
  name: string
  columns: string[]
  rows: SqlValue[][]
  /** Columns of the primary key and of every index: how rows are found from output values. */
  keyColumns: string[]
}

/** Reads the schema, and the rows of `wanted` tables, from a throw-away copy of `image`. */
export function readSourceTables(SQL: SqlJsStatic, image: Uint8Array, wanted: (names: string[]) => string[]): { schema: string[]; tables: SourceTable[] } {
  const db = new SQL.Database(image)
  try {
    const objects = db.exec("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid")
    const rows = objects[0]?.values ?? []
    const schema = rows.map((r) => String(r[2]))
    const names = rows.filter((r) => r[0] === 'table').map((r) => String(r[1]))
    const tables = wanted(names).map((name) => readTable(db, name))
    return { schema, tables }
  } finally {
    db.close()
  }
}

function readTable(db: Database, name: string): SourceTable {
  const q = quote(name)
  const result = db.exec(`SELECT * FROM ${q}`)[0]
  const columns = result?.columns ?? (db.exec(`PRAGMA table_info(${q})`)[0]?.values ?? []).map((r) => String(r[1]))
  const keys = new Set<string>()
  for (const r of db.exec(`PRAGMA table_info(${q})`)[0]?.values ?? []) if (Number(r[5]) > 0) keys.add(String(r[1]))
  for (const index of db.exec(`PRAGMA index_list(${q})`)[0]?.values ?? []) {
    for (const c of db.exec(`PRAGMA index_info(${quote(String(index[1]))})`)[0]?.values ?? []) if (c[2] !== null) keys.add(String(c[2]))
  }
  return { name, columns, rows: (result?.values ?? []) as SqlValue[][], keyColumns: [...keys] }
}

/** The scratch database: fill it with a subset, use it, empty it again. */
export interface ScratchDatabase {
  /** Inserts `rows` per table, calls `use`, then removes every trace (also of what `use` did). */
  withRows<T>(rows: Record<string, readonly SqlValue[][]>, use: (db: Database) => T): T
  close(): void
}

/**
 * Opens a scratch database holding `schema` (CREATE TABLE / INDEX statements) and no rows.
 * With `freshEachTime` (for answers that run BEGIN/COMMIT themselves, which a SAVEPOINT would
 * break) every call builds a new empty database instead: slower, same results.
 */
export function openScratchDatabase(SQL: SqlJsStatic, schema: string[], tables: SourceTable[], freshEachTime = false): ScratchDatabase {
  let db = createEmpty()
  let inserts = prepareInserts(db)

  function createEmpty(): Database {
    const fresh = new SQL.Database()
    registerSqlFunctions(fresh)
    for (const statement of schema) fresh.run(statement)
    return fresh
  }
  function prepareInserts(target: Database): Map<string, Statement> {
    return new Map(tables.map((t) => [t.name, target.prepare(`INSERT INTO ${quote(t.name)} VALUES (${t.columns.map(() => '?').join(', ')})`)]))
  }
  function reopen(): void {
    for (const s of inserts.values()) s.free()
    db.close()
    db = createEmpty()
    inserts = prepareInserts(db)
  }

  return {
    withRows(rows, use) {
      if (freshEachTime) {
        reopen()
        for (const [name, list] of Object.entries(rows)) for (const row of list) inserts.get(name)!.run(row as SqlValue[])
        return use(db)
      }
      db.run('SAVEPOINT candidate')
      try {
        for (const [name, list] of Object.entries(rows)) {
          const insert = inserts.get(name)!
          for (const row of list) insert.run(row as SqlValue[])
        }
        return use(db)
      } finally {
        try {
          db.run('ROLLBACK TO candidate')
          db.run('RELEASE candidate')
          // BEGIN fails if a transaction is still open (the answer opened its own savepoint).
          db.run('BEGIN')
          db.run('ROLLBACK')
        } catch {
          // The answer ended our transaction (COMMIT, BEGIN...): start again from an empty copy.
          reopen()
        }
      }
    },
    close() {
      for (const s of inserts.values()) s.free()
      db.close()
    },
  }
}

/** True when `sql` (comments and strings masked) controls transactions itself. */
export function controlsTransactions(maskedSql: string): boolean {
  return /(^|;)\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(maskedSql)
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
