import { keysOf, isUniqueKey } from './keys'
import { findColumn, findGrain, type EntityMatch } from './match-entities'
import type { ErEdge, ErSchema, ErTable, ModelSpec, SchemaSnapshot, SchemaTable } from './types'

/** A schema's ER diagram: its tables (with the roles they play, when matched) and joins, declared or inferred from key names. */
export function toErSchema(answer: SchemaSnapshot, matches: EntityMatch[] = []): ErSchema {
  const roleOf = new Map(matches.filter((m) => m.table).map((m) => [m.table as SchemaTable, m.entity]))
  const edges = inferEdges(answer)
  const foreign = new Set(edges.map((e) => `${e.from.table}.${e.from.column}`.toLowerCase()))
  const tables: ErTable[] = answer.tables.map((t) => ({
    name: t.name,
    role: roleOf.get(t)?.label,
    kind: roleOf.get(t)?.kind,
    columns: t.columns.map((c) => ({ name: c.name, type: c.type, primaryKey: c.primaryKey, unique: isUniqueKey(t, c.name) || undefined, foreignKey: foreign.has(`${t.name}.${c.name}`.toLowerCase()) })),
  }))
  return { tables, edges }
}

/**
 * Declared FOREIGN KEY / REFERENCES constraints first, then joins inferred from names: a column
 * named like another table's single-column key joins it.
 */
function inferEdges(snapshot: SchemaSnapshot): ErEdge[] {
  const edges: ErEdge[] = []
  const seen = new Set<string>()
  for (const t of snapshot.tables) {
    for (const fk of t.foreignKeys ?? []) {
      const owner = snapshot.tables.find((o) => o.name.toLowerCase() === fk.table.toLowerCase())
      const key = owner?.columns.find((k) => k.name.toLowerCase() === fk.to.toLowerCase())
      if (!owner || !key) continue
      seen.add(`${t.name}.${fk.column}`.toLowerCase())
      edges.push({ from: { table: t.name, column: fk.column }, to: { table: owner.name, column: key.name } })
    }
  }
  return [...edges, ...inferEdgesByName(snapshot).filter((e) => !seen.has(`${e.from.table}.${e.from.column}`.toLowerCase()))]
}

function inferEdgesByName(snapshot: SchemaSnapshot): ErEdge[] {
  const keyOwners = new Map<string, SchemaTable>()
  for (const t of snapshot.tables) {
    const keys = keysOf(t).filter((k) => k.length === 1)
    for (const [key] of keys) if (!keyOwners.has(key.toLowerCase())) keyOwners.set(key.toLowerCase(), t)
  }
  const edges: ErEdge[] = []
  for (const t of snapshot.tables) {
    for (const c of t.columns) {
      const owner = keyOwners.get(c.name.toLowerCase())
      if (!owner || owner === t) continue
      const key = owner.columns.find((k) => k.name.toLowerCase() === c.name.toLowerCase())
      if (key) edges.push({ from: { table: t.name, column: c.name }, to: { table: owner.name, column: key.name } })
    }
  }
  return edges
}

/** The reference schema's diagram, with the roles, key columns and joins the answer lacks marked missing. */
export function toReferenceDiagram(spec: ModelSpec, reference: SchemaSnapshot, matches: EntityMatch[]): ErSchema {
  const matchOf = new Map(matches.map((m) => [m.entity.reference.toLowerCase(), m]))
  const tables: ErTable[] = reference.tables.map((t) => {
    const match = matchOf.get(t.name.toLowerCase())
    const important = match ? new Set([...match.entity.grain[0], ...match.entity.references.map((r) => r.column), ...(match.entity.partition?.slice(0, 1) ?? [])]) : new Set<string>()
    return {
      name: t.name,
      role: match?.entity.label,
      kind: match?.entity.kind,
      missing: match ? !match.table : undefined,
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        primaryKey: c.primaryKey,
        unique: isUniqueKey(t, c.name) || undefined,
        foreignKey: false,
        missing: match?.table && important.has(c.name) && !findColumn(match.table, c.name, spec.synonyms) ? true : undefined,
      })),
    }
  })
  const edges: ErEdge[] = []
  const byRole = new Map(matches.map((m) => [m.entity.role, m]))
  for (const m of matches) {
    for (const ref of m.entity.references) {
      const target = byRole.get(ref.entity)
      if (!target) continue
      const targetTable = reference.tables.find((t) => t.name.toLowerCase() === target.entity.reference.toLowerCase())
      const targetKey = targetTable && (findGrain(target.entity, targetTable, spec.synonyms)?.columns[0]?.name ?? ref.column)
      if (!targetTable || !targetKey) continue
      const present = m.table && target.table && findColumn(m.table, ref.column, spec.synonyms) !== undefined
      edges.push({ from: { table: m.entity.reference, column: ref.column }, to: { table: targetTable.name, column: targetKey }, missing: present ? undefined : true })
      const fromTable = tables.find((t) => t.name.toLowerCase() === m.entity.reference.toLowerCase())
      const col = fromTable?.columns.find((c) => c.name === ref.column)
      if (col) col.foreignKey = true
    }
  }
  return { tables, edges }
}
