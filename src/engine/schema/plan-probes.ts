import { findColumn, findGrains, type EntityMatch } from './match-entities'
import { rewriteIdentifiers, type QueryRenames } from './rewrite-query'
import type { ModelProbe, ModelQuestion, ModelSpec, SchemaColumn, SchemaSnapshot, SchemaTable } from './types'

/**
 * The statements that test an answer's schema, each run after its DDL on a fresh empty
 * database (see ModelProbe):
 * for each grain alternative `<n>` the table has the columns of:
 * - `grain:<role>:<n>:one`: one row goes in (else the other grain probes cannot tell anything);
 * - `grain:<role>:<n>:duplicate`: a second row equal on the grain (and partition and dependent)
 *   columns must be rejected;
 * - `grain:<role>:<n>:vary:<column>`: a second row that differs only in one grain column (and
 *   the non-key columns) must go in;
 * - `question:<id>`: a scenario question, renamed to the answer's tables and columns.
 */
export function planModelProbes(
  spec: ModelSpec,
  matches: EntityMatch[],
  questions: ModelQuestion[],
  renames: ReadonlyMap<string, string> | QueryRenames,
): ModelProbe[] {
  const probes: ModelProbe[] = []
  for (const { entity, table } of matches) {
    if (!table) continue
    // A duplicate also shares the partition columns: a repeated event falls on the same day, and
    // Postgres wants the partition column in the primary key.
    // The same day and the same dependent columns (a conversion's user) for both rows: a second
    // session that day, a repeated event, as they would really come.
    const fixed = [...(entity.partition ?? []), ...(entity.dependent ?? [])]
      .map((name) => findColumn(table, name, spec.synonyms))
      .filter((c): c is SchemaColumn => c !== undefined)
    const rowA = insertRow(table, (c) => valueFor(c, 0))
    for (const grain of findGrains(entity, table, spec.synonyms)) {
      const id = `grain:${entity.role}:${grain.index}`
      const same = new Set([...grain.columns, ...fixed])
      probes.push({ id: `${id}:one`, sql: rowA })
      probes.push({ id: `${id}:duplicate`, sql: `${rowA}\n${insertRow(table, (c) => valueFor(c, same.has(c) ? 0 : 1))}` })
      for (const varied of grain.columns) {
        probes.push({
          id: `${id}:vary:${varied.name}`,
          sql: `${rowA}\n${insertRow(table, (c) => valueFor(c, c === varied ? 1 : same.has(c) ? 0 : 2))}`,
        })
      }
    }
  }
  for (const question of questions) probes.push({ id: `question:${question.id}`, sql: `${rewriteIdentifiers(question.sql, renames).replace(/;\s*$/, '')};` })
  return probes
}

/**
 * Reference names -> the answer's names, for `rewriteIdentifiers`, table by table: each matched
 * role's table, and for every reference table its columns as the answer names them (a matched
 * table's columns through the spec's synonyms; other tables keep their names). A column is
 * renamed by its own table, never across the schema.
 */
export function buildRenames(spec: ModelSpec, matches: EntityMatch[], reference: SchemaSnapshot): QueryRenames {
  const tables = new Map<string, string>()
  const columns = new Map<string, Map<string, string>>()
  for (const referenceTable of reference.tables) {
    const key = referenceTable.name.toLowerCase()
    const match = matches.find((m) => m.table && m.entity.reference.toLowerCase() === key)
    if (match?.table && match.table.name.toLowerCase() !== key) tables.set(key, match.table.name)
    columns.set(key, new Map(referenceTable.columns.map((c) => [c.name.toLowerCase(), (match?.table && findColumn(match.table, c.name, spec.synonyms)?.name) || c.name])))
  }
  return { tables, columns }
}

function insertRow(table: SchemaTable, value: (c: SchemaColumn) => string): string {
  const columns = table.columns.map((c) => quote(c.name)).join(', ')
  return `INSERT INTO ${quote(table.name)} (${columns}) VALUES (${table.columns.map(value).join(', ')});`
}

/** A literal the column's type accepts; `k` picks one of three distinct values. */
export function valueFor(column: SchemaColumn, k: 0 | 1 | 2): string {
  const type = column.type
  const name = column.name.toLowerCase()
  if (/BOOL|BIT/.test(type)) return String(k % 2)
  if (/INT|SERIAL/.test(type)) return String(1000 + k)
  if (/DEC|NUM|REAL|FLOA|DOUB|MONEY/.test(type)) return `${k}.5`
  if (/TIMESTAMP|DATETIME/.test(type) || /(_ts|_at|timestamp|_time)$/.test(name)) return `'2024-06-0${k + 1} 10:00:00'`
  if (/DATE/.test(type) || /(date|_day|^ds|^dt)$/.test(name) || name === 'date_partition') return `'2024-06-0${k + 1}'`
  if (/JSON/.test(type)) return `'{"k": ${k}}'`
  if (/TIME/.test(type)) return `'10:00:0${k}'`
  return `'v${k}'`
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`
