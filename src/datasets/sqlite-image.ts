import type { Database, SqlJsStatic } from 'sql.js'
import type { Dataset, TableSpec } from './types'

/** Double-quotes an identifier for SQLite. */
function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** The `CREATE TABLE` statement for a spec: declared types, NOT NULLs and the primary key. */
export function createTableSql(table: TableSpec): string {
  const lines = table.columns.map(
    (c) => `  ${quoteIdentifier(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}`,
  )
  if (table.primaryKey?.length) {
    lines.push(`  PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})`)
  }
  const suffix = table.withoutRowid ? ' WITHOUT ROWID' : ''
  return `CREATE TABLE ${quoteIdentifier(table.name)} (\n${lines.join(',\n')}\n)${suffix}`
}

/** The `CREATE INDEX` statements for a spec's indexes. */
export function createIndexSql(table: TableSpec): string[] {
  return (table.indexes ?? []).map(
    (index) =>
      `CREATE INDEX ${quoteIdentifier(index.name)} ON ${quoteIdentifier(table.name)} ` +
      `(${index.columns.map(quoteIdentifier).join(', ')})`,
  )
}

function insertRows(db: Database, table: TableSpec, data: Dataset): void {
  const rows = data.tables[table.name]
  if (!rows) throw new Error(`dataset has no rows for table ${table.name}`)
  const names = table.columns.map((c) => c.name)
  const sql =
    `INSERT INTO ${quoteIdentifier(table.name)} (${names.map(quoteIdentifier).join(', ')}) ` +
    `VALUES (${names.map(() => '?').join(', ')})`
  const statement = db.prepare(sql)
  try {
    const values: (string | number | null)[] = new Array(names.length)
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]
      for (let i = 0; i < names.length; i++) {
        const value = row[names[i]]
        // A missing key is a generator bug; binding it as NULL would hide it.
        if (value === undefined) throw new Error(`${table.name} row ${r} lacks column ${names[i]}`)
        values[i] = value
      }
      statement.run(values)
    }
  } finally {
    statement.free()
  }
}

/**
 * Builds a SQLite database file from generated rows and returns its bytes.
 *
 * Tables get their declared types, NOT NULLs and primary keys, so constraint violations in a
 * generator fail here rather than in a learner's query. Rows go in inside one transaction
 * through one prepared statement per table; indexes are created after the rows (a sorted
 * build is faster and packs pages tighter), then ANALYZE records statistics so the query
 * planner uses the indexes for correlated subqueries. Every step is deterministic, so the
 * same tables and rows always give the same bytes.
 */
export function buildSqliteImage(SQL: SqlJsStatic, tables: TableSpec[], data: Dataset): Uint8Array {
  const db = new SQL.Database()
  try {
    db.run('PRAGMA page_size = 4096')
    for (const table of tables) db.run(createTableSql(table))
    db.run('BEGIN')
    for (const table of tables) insertRows(db, table, data)
    db.run('COMMIT')
    db.run('BEGIN')
    for (const table of tables) for (const sql of createIndexSql(table)) db.run(sql)
    db.run('COMMIT')
    db.run('ANALYZE')
    return db.export()
  } finally {
    db.close()
  }
}
