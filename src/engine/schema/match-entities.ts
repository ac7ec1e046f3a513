import type { EntitySpec, ModelSpec, SchemaColumn, SchemaSnapshot, SchemaTable } from './types'

/** Which answer table plays an entity's role, and how its reference columns are named there. */
export interface EntityMatch {
  entity: EntitySpec
  /** Undefined when no table plays the role. */
  table?: SchemaTable
  /** `by-name` when its name says so, `by-grain` when only its columns do. */
  how?: 'by-name' | 'by-grain'
}

const IGNORED_WORDS = new Set(['fact', 'facts', 'dim', 'dimension', 'tbl', 'table', 'raw', 'stg', 'f', 'd', 't'])

/** A table name's words: split on `_`, `-`, digits and camelCase, lower-cased, plurals folded, prefixes dropped. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0 && !IGNORED_WORDS.has(w))
    .map(singular)
}

/** "sessions" -> "session", "activities" -> "activity", "users" -> "user"; "status" and "address" stay. */
function singular(word: string): string {
  if (word === 'ads') return 'ad'
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/** The answer column that holds a reference column: the same name first, then its synonyms in order. */
export function findColumn(table: SchemaTable, referenceName: string, synonyms: ModelSpec['synonyms']): SchemaColumn | undefined {
  const byName = (name: string) => table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())
  const exact = byName(referenceName)
  if (exact) return exact
  for (const synonym of synonyms[referenceName] ?? []) {
    const found = byName(synonym)
    if (found) return found
  }
  return undefined
}

/** A grain alternative the table has every column of: its index in `entity.grain`, and the answer's columns. */
export interface PresentGrain {
  index: number
  reference: string[]
  columns: SchemaColumn[]
}

/** Every grain alternative whose columns all exist in the table, in the spec's order. */
export function findGrains(entity: EntitySpec, table: SchemaTable, synonyms: ModelSpec['synonyms']): PresentGrain[] {
  return entity.grain.flatMap((alternative, index) => {
    const columns = alternative.map((name) => findColumn(table, name, synonyms))
    return columns.every((c) => c !== undefined) ? [{ index, reference: alternative, columns: columns as SchemaColumn[] }] : []
  })
}

/** The first grain alternative whose columns all exist in the table. */
export function findGrain(entity: EntitySpec, table: SchemaTable, synonyms: ModelSpec['synonyms']): PresentGrain | undefined {
  return findGrains(entity, table, synonyms)[0]
}

export function matchesName(entity: EntitySpec, table: SchemaTable): boolean {
  const words = new Set(nameWords(table.name))
  return entity.nameHints.some((alternative) => alternative.every((hint) => nameWords(hint).every((w) => words.has(w))))
}

/**
 * Assigns tables to roles in the spec's order, each table at most once. A table's name decides
 * first; among several, the one holding more of the grain wins, then the one named like the
 * reference. A role no name matches may still be found by its grain, when that grain is the
 * role's own (not a foreign key other facts carry, like `user_id`).
 */
export function matchEntities(spec: ModelSpec, snapshot: SchemaSnapshot): EntityMatch[] {
  const used = new Set<SchemaTable>()
  const foreignKeys = new Set(spec.entities.flatMap((e) => e.references.map((r) => r.column)))
  return spec.entities.map((entity) => {
    const free = snapshot.tables.filter((t) => !used.has(t))
    const byName = free.filter((t) => matchesName(entity, t))
    let table = pickBest(entity, byName, spec.synonyms)
    let how: EntityMatch['how'] = table ? 'by-name' : undefined
    if (!table) {
      const ownGrain = entity.grain.filter((alt) => alt.some((c) => !foreignKeys.has(c)))
      const byGrain = free.filter((t) => ownGrain.some((alt) => alt.every((c) => findColumn(t, c, spec.synonyms))))
      table = pickBest(entity, byGrain.filter((t) => !spec.entities.some((other) => other !== entity && matchesName(other, t))), spec.synonyms)
      how = table ? 'by-grain' : undefined
    }
    if (table) used.add(table)
    return { entity, table, how }
  })
}

function pickBest(entity: EntitySpec, tables: SchemaTable[], synonyms: ModelSpec['synonyms']): SchemaTable | undefined {
  const grainCoverage = (t: SchemaTable) => Math.max(0, ...entity.grain.map((alt) => alt.filter((c) => findColumn(t, c, synonyms)).length / alt.length))
  const ranked = [...tables].sort(
    (a, b) =>
      grainCoverage(b) - grainCoverage(a) ||
      Number(b.name.toLowerCase() === entity.reference.toLowerCase()) - Number(a.name.toLowerCase() === entity.reference.toLowerCase()),
  )
  return ranked[0]
}
