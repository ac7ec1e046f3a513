import type { SchemaTable } from './types'

/** The table's keys: its PRIMARY KEY (when it has one), then its UNIQUE constraints. */
export function keysOf(table: SchemaTable): string[][] {
  return [...(table.primaryKey.length > 0 ? [table.primaryKey] : []), ...table.uniqueKeys]
}

/** A single-column UNIQUE key on `column`. */
export function isUniqueKey(table: SchemaTable, column: string): boolean {
  return table.uniqueKeys.some((k) => k.length === 1 && k[0].toLowerCase() === column.toLowerCase())
}

/** "PRIMARY KEY (a, b) and UNIQUE (c)", or "no key". */
export function describeKeys(table: SchemaTable): string {
  const keys = [
    ...(table.primaryKey.length > 0 ? [`PRIMARY KEY (${table.primaryKey.join(', ')})`] : []),
    ...table.uniqueKeys.map((k) => `UNIQUE (${k.join(', ')})`),
  ]
  return keys.length > 0 ? keys.join(' and ') : 'no key'
}
