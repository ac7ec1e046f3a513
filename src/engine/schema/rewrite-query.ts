/**
 * The answer's names for the reference schema, table by table: a column is renamed by the table
 * it belongs to, so `user_id_from` can be `user_id_a` in the answer's friendships table and stay
 * `user_id_from` in its interactions table.
 */
export interface QueryRenames {
  /** Reference table (lower case) -> the answer's table, where the answer names it otherwise. */
  tables: ReadonlyMap<string, string>
  /** Reference table (lower case) -> its columns (lower case) -> the answer's column (unchanged names included). */
  columns: ReadonlyMap<string, ReadonlyMap<string, string>>
}

const TOKEN = /('(?:[^']|'')*')|(--[^\n]*)|(\/\*[\s\S]*?\*\/)|"((?:[^"]|"")*)"|`([^`]*)`|\[([^\]]*)\]|([A-Za-z_][A-Za-z0-9_]*)|([.,()])/g
/** Words after a table name that are not its alias. */
const NOT_ALIAS = new Set(['where', 'join', 'left', 'right', 'inner', 'outer', 'full', 'cross', 'on', 'using', 'group', 'order', 'having', 'limit', 'union', 'except', 'intersect', 'natural', 'window', 'as'])

interface Piece {
  index: number
  length: number
  /** Identifier name (bare or quoted), when the piece is one. */
  name?: string
  punct?: string
}

/**
 * Renames identifiers in a query written over the reference schema so it reads the answer's
 * schema: `fact_user_sessions` -> `sessions`, `date_partition` -> `ds`. Strings and comments
 * are left alone; names are matched case-insensitively, quoted or not. With `QueryRenames`, a
 * qualified column (`i.user_id_from`) is renamed by the table its alias stands for, and an
 * unqualified one only when every table the query reads that has it agrees on its new name.
 */
export function rewriteIdentifiers(sql: string, renames: ReadonlyMap<string, string> | QueryRenames): string {
  if (renames instanceof Map) return rewriteGlobally(sql, renames)
  const byTable = renames as QueryRenames
  const pieces: Piece[] = []
  for (const m of sql.matchAll(TOKEN)) {
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) continue
    const name = m[7] ?? m[4] ?? m[5] ?? m[6]
    pieces.push(name !== undefined ? { index: m.index!, length: m[0].length, name } : { index: m.index!, length: m[0].length, punct: m[8] })
  }
  const isTable = (name: string) => byTable.columns.has(name.toLowerCase()) || byTable.tables.has(name.toLowerCase())
  // Tables the query reads, and what each alias stands for.
  const aliases = new Map<string, string>()
  const read = new Set<string>()
  let clause = ''
  // Each piece's parenthesis depth and the clause it sits in at that depth, to find the items of a SELECT list.
  const depthOf: number[] = []
  const clauseOf: string[] = []
  const clauseAt: string[] = []
  let depth = 0
  pieces.forEach((p, i) => {
    const lower = p.name?.toLowerCase()
    if (p.punct === ')') depth = Math.max(0, depth - 1)
    if (lower && ['select', 'from', 'where', 'group', 'order', 'having', 'limit', 'join', 'on', 'union', 'except', 'intersect'].includes(lower)) clauseAt[depth] = lower
    depthOf[i] = depth
    clauseOf[i] = clauseAt[depth] ?? ''
    if (p.punct === '(') clauseAt[++depth] = ''
  })
  pieces.forEach((p, i) => {
    const lower = p.name?.toLowerCase()
    if (lower === 'from' || lower === 'join') clause = 'from'
    else if (lower && ['where', 'group', 'order', 'having', 'on', 'select', 'limit'].includes(lower)) clause = lower
    const before = pieces[i - 1]
    const opensTable = before && (['from', 'join'].includes(before.name?.toLowerCase() ?? '') || (before.punct === ',' && clause === 'from'))
    if (!lower || !opensTable || !isTable(lower)) return
    read.add(lower)
    aliases.set(lower, lower)
    let next = pieces[i + 1]
    if (next?.name?.toLowerCase() === 'as') next = pieces[i + 2]
    if (next?.name && !NOT_ALIAS.has(next.name.toLowerCase())) aliases.set(next.name.toLowerCase(), lower)
  })
  const replaced = new Map<number, string>()
  pieces.forEach((p, i) => {
    if (!p.name) return
    const lower = p.name.toLowerCase()
    const dotBefore = pieces[i - 1]?.punct === '.' && pieces[i - 2]?.name !== undefined
    if (dotBefore) {
      const table = aliases.get(pieces[i - 2].name!.toLowerCase()) ?? pieces[i - 2].name!.toLowerCase()
      const to = byTable.columns.get(table)?.get(lower)
      if (to !== undefined && to.toLowerCase() !== lower) replaced.set(i, to)
      return
    }
    const table = byTable.tables.get(lower)
    if (table !== undefined && (isTable(lower) || !aliases.has(lower))) {
      replaced.set(i, table)
      return
    }
    if (pieces[i + 1]?.punct === '.' || aliases.has(lower)) return
    const candidates = new Set([...read].map((t) => byTable.columns.get(t)?.get(lower)).filter((c): c is string => c !== undefined))
    const [to] = candidates
    if (candidates.size === 1 && to.toLowerCase() !== lower) replaced.set(i, to)
  })
  let out = ''
  let at = 0
  pieces.forEach((p, i) => {
    const to = replaced.get(i)
    if (to === undefined) return
    // A renamed column that is a whole SELECT item keeps its reference name as the output name,
    // so a CTE or subquery that selects it (`june AS (SELECT s.target_user_id ...)`) still has the
    // column the outer query reads (`j.target_user_id`).
    const alias = isWholeSelectItem(pieces, i, depthOf, clauseOf) ? ` AS ${bracket(p.name!)}` : ''
    out += sql.slice(at, p.index) + bracket(to) + alias
    at = p.index + p.length
  })
  return out + sql.slice(at)
}

/** Is the column at `i` (bare, or `alias.column`) a whole item of a SELECT list, with no alias of its own? */
function isWholeSelectItem(pieces: readonly Piece[], i: number, depthOf: readonly number[], clauseOf: readonly string[]): boolean {
  if (clauseOf[i] !== 'select') return false
  const first = pieces[i - 1]?.punct === '.' ? i - 2 : i
  const before = pieces[first - 1]
  const opens = before !== undefined && depthOf[first - 1] === depthOf[i] && (before.punct === ',' || ['select', 'distinct', 'all'].includes(before.name?.toLowerCase() ?? ''))
  const after = pieces[i + 1]
  const closes = after === undefined || (depthOf[i + 1] === depthOf[i] && (after.punct === ',' || after.name?.toLowerCase() === 'from')) || (after.punct === ')' && depthOf[i + 1] === depthOf[i] - 1)
  return opens && closes
}

function rewriteGlobally(sql: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return sql
  return sql.replace(TOKEN, (whole, str, line, block, dq, bq, br, bare) => {
    if (str !== undefined || line !== undefined || block !== undefined) return whole
    const name: string | undefined = bare ?? dq ?? bq ?? br
    if (name === undefined) return whole
    const renamed = renames.get(name.toLowerCase())
    return renamed === undefined ? whole : bracket(renamed)
  })
}

/**
 * Always quoted (the answer may name a column `date` or `order`), in brackets: SQLite reads a
 * double-quoted name that matches no column as a string, which would hide a missing column.
 */
function bracket(name: string): string {
  return name.includes(']') ? `\`${name.replace(/`/g, '``')}\`` : `[${name}]`
}
