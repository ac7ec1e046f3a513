import type { QueryResult, SqlValue } from '../types'
import type { ParsedDdl, SchemaSnapshot, SchemaTable } from './types'

/**
 * Reads every table the answer created, in creation order: one row per column and one per
 * indexed column and one per column of a declared foreign key (kind `fk`: name = the column,
 * idx = the constraint, uniq = the referenced table, origin = the referenced column or NULL for
 * its primary key). Appended to the answer's DDL and run in the sandbox; `readSchemaSnapshot`
 * turns its rows into a snapshot. Column order: kind, tbl, created, seq, name, type, not_null, pk, idx, uniq, origin.
 */
export const SCHEMA_QUERY = `
SELECT 'column' AS kind, m.name AS tbl, m.rowid AS created, p.cid AS seq, p.name AS name, p.type AS type,
       p."notnull" AS not_null, p.pk AS pk, NULL AS idx, NULL AS uniq, NULL AS origin
FROM sqlite_schema AS m JOIN pragma_table_info(m.name) AS p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
UNION ALL
SELECT 'index', m.name, m.rowid, ii.seqno, ii.name, NULL, NULL, NULL, il.name, il."unique", il.origin
FROM sqlite_schema AS m JOIN pragma_index_list(m.name) AS il JOIN pragma_index_info(il.name) AS ii
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
UNION ALL
SELECT 'fk', m.name, m.rowid, fk.seq, fk."from", NULL, NULL, NULL, fk.id, fk."table", fk."to"
FROM sqlite_schema AS m JOIN pragma_foreign_key_list(m.name) AS fk
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
ORDER BY created, kind, idx, seq`

/** The SCHEMA_QUERY rows as a snapshot, with the PARTITION BY and inline index choices SQLite does not keep. */
export function readSchemaSnapshot(result: QueryResult, ddl?: ParsedDdl): SchemaSnapshot {
  const tables = new Map<string, SchemaTable>()
  const indexes = new Map<string, { table: string; unique: boolean; origin: string; columns: string[] }>()
  const tableOf = (name: string): SchemaTable => {
    let table = tables.get(name)
    if (!table) {
      table = { name, columns: [], primaryKey: [], uniqueKeys: [], partitionBy: [], indexes: [] }
      tables.set(name, table)
    }
    return table
  }
  const pkOrder: Record<string, { name: string; pk: number }[]> = {}
  const declared: { table: SchemaTable; column: string; target: string; to: string | null; seq: number }[] = []
  for (const row of result.rows) {
    const [kind, tbl, , , name, type, notnull, pk, idx, uniq, origin] = row as SqlValue[]
    const table = tableOf(String(tbl))
    if (kind === 'column') {
      const inKey = Number(pk) > 0
      table.columns.push({ name: String(name), type: String(type ?? '').toUpperCase(), notNull: Number(notnull) === 1 || inKey, primaryKey: inKey })
      if (inKey) (pkOrder[table.name] ??= []).push({ name: String(name), pk: Number(pk) })
    } else if (kind === 'fk') {
      declared.push({ table, column: String(name), target: String(uniq), to: origin === null ? null : String(origin), seq: Number(row[3]) })
    } else if (name !== null) {
      const key = `${table.name}\u0000${String(idx)}`
      const index = indexes.get(key) ?? { table: table.name, unique: Number(uniq) === 1, origin: String(origin), columns: [] }
      index.columns.push(String(name))
      indexes.set(key, index)
    }
  }
  for (const [name, columns] of Object.entries(pkOrder)) tableOf(name).primaryKey = columns.sort((a, b) => a.pk - b.pk).map((c) => c.name)
  for (const index of indexes.values()) {
    const table = tableOf(index.table)
    if (index.origin === 'pk') continue
    if (index.unique) table.uniqueKeys.push(index.columns)
    else table.indexes.push(index.columns)
  }
  for (const fk of declared) {
    // REFERENCES t with no column names t's primary key, column for column.
    const target = [...tables.values()].find((t) => t.name.toLowerCase() === fk.target.toLowerCase())
    const to = fk.to ?? target?.primaryKey[fk.seq]
    if (to) (fk.table.foreignKeys ??= []).push({ column: fk.column, table: target?.name ?? fk.target, to })
  }
  for (const declared of ddl?.tables ?? []) {
    const table = [...tables.values()].find((t) => t.name.toLowerCase() === declared.name.toLowerCase())
    if (table) table.partitionBy = [...declared.partitionBy]
  }
  return { tables: [...tables.values()] }
}
