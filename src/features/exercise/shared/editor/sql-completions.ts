import type { TableSpec } from '../../../../datasets/types'

export interface CompletionEntry {
  label: string
  kind: 'table' | 'column'
  detail: string
  documentation?: string
}

const identifier = /[A-Za-z_][A-Za-z0-9_]*/

/** `FROM t a`, `JOIN t AS a`: alias -> table, for the tables this scenario has. */
export function findAliases(sql: string, tables: TableSpec[]): Map<string, TableSpec> {
  const byName = new Map(tables.map((table) => [table.name.toLowerCase(), table]))
  const aliases = new Map<string, TableSpec>()
  const pattern = /\b(?:from|join)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:as\s+)?([A-Za-z_][A-Za-z0-9_]*))?/gi
  for (const match of sql.matchAll(pattern)) {
    const table = byName.get(match[1].toLowerCase())
    if (!table) continue
    aliases.set(table.name.toLowerCase(), table)
    const alias = match[2]?.toLowerCase()
    if (alias && !isKeyword(alias)) aliases.set(alias, table)
  }
  return aliases
}

const keywords = new Set(['where', 'join', 'left', 'right', 'inner', 'outer', 'cross', 'on', 'group', 'order', 'limit', 'union', 'having', 'using', 'natural', 'full', 'window', 'except', 'intersect'])
const isKeyword = (word: string): boolean => keywords.has(word)

const columnEntries = (table: TableSpec): CompletionEntry[] =>
  table.columns.map((column) => ({
    label: column.name,
    kind: 'column',
    detail: `${table.name}.${column.name} ${column.type}`,
    documentation: column.description,
  }))

/**
 * What to suggest at the cursor: after `name.` the columns of that table (or alias);
 * otherwise every table and every column of the scenario.
 */
export function suggestCompletions(tables: TableSpec[], fullText: string, textBeforeCursor: string): CompletionEntry[] {
  const qualified = textBeforeCursor.match(new RegExp(`(${identifier.source})\\.(${identifier.source})?$`))
  if (qualified) {
    const table = findAliases(fullText, tables).get(qualified[1].toLowerCase()) ?? tables.find((t) => t.name.toLowerCase() === qualified[1].toLowerCase())
    return table ? columnEntries(table) : []
  }
  const seen = new Set<string>()
  const entries: CompletionEntry[] = tables.map((table) => ({ label: table.name, kind: 'table', detail: 'table', documentation: table.description }))
  for (const table of tables) {
    for (const entry of columnEntries(table)) {
      if (seen.has(entry.label)) continue
      seen.add(entry.label)
      entries.push(entry)
    }
  }
  return entries
}
