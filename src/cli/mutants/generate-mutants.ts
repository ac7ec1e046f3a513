/**
 * Single-change mutants of a SQL reference, from the families below. Each mutant replaces
 * one range of the text (a keyword, an operator, a literal), so everything else, comments
 * included, stays as written. Its id names the family and its line before and after the
 * change, which stays the same when other lines of the reference are edited.
 *
 * Changes that SQL itself makes equivalent, whatever the data, are not generated (they would
 * only fill the `.equivalent-mutants` files): the select list of an EXISTS subquery, DISTINCT
 * on the subquery of an IN, on a member of a UNION, or on a SELECT that lists every GROUP BY
 * expression (its rows are distinct already).
 */
import { parseSqlite, walkNodes, type SqlNode } from './parse-sql'

export const MUTANT_FAMILIES = [
  'comparison-boundary',
  'join-type',
  'distinct',
  'aggregate',
  'rank-function',
  'sort-direction',
  'and-or',
  'null-test',
  'union',
  'date-constant',
  'integer-constant',
] as const
export type MutantFamily = (typeof MUTANT_FAMILIES)[number]

export interface Mutant {
  /** `<family>: <line before> => <line after>`, plus ` #n` for the n-th identical change. */
  id: string
  family: MutantFamily
  sql: string
  /** 1-based line of the change. */
  line: number
}

interface Edit {
  family: MutantFamily
  start: number
  end: number
  text: string
}

type Keyword = SqlNode & { text: string; name: string; range: [number, number] }

const BOUNDARY: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' }
const AGGREGATE_SWAPS: Record<string, string[]> = { COUNT: ['SUM'], SUM: ['COUNT', 'AVG'], AVG: ['SUM'], MIN: ['MAX'], MAX: ['MIN'] }
const RANKS = ['RANK', 'DENSE_RANK', 'ROW_NUMBER']

/** Every single-change mutant of `sql`, in text order. Throws when `sql` does not parse. */
export function generateMutants(sql: string): Mutant[] {
  const edits: Edit[] = []
  walkNodes(parseSqlite(sql), (node, ancestors) => {
    if (!isEquivalentBySql(node, ancestors, sql)) edits.push(...editsOf(node, sql))
  })
  edits.sort((a, b) => a.start - b.start || a.family.localeCompare(b.family))
  const seen = new Map<string, number>()
  const mutants: Mutant[] = []
  for (const edit of edits) {
    const mutated = sql.slice(0, edit.start) + edit.text + sql.slice(edit.end)
    if (mutated === sql) continue
    const { before, after, line } = changedLine(sql, mutated, edit)
    const base = `${edit.family}: ${before} => ${after}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    mutants.push({ id: n === 1 ? base : `${base} #${n}`, family: edit.family, sql: mutated, line })
  }
  return mutants
}

function editsOf(node: SqlNode, sql: string): Edit[] {
  switch (node.type) {
    case 'binary_expr':
      return binaryEdits(node, sql)
    case 'postfix_op_expr': {
      const op = node.operator as Keyword
      const swap: Record<string, string> = { ISNULL: 'NOTNULL', NOTNULL: 'ISNULL' }
      return swap[op.name] ? [replace('null-test', op, swap[op.name])] : []
    }
    case 'join_expr':
      return joinEdits(node)
    case 'select_clause': {
      const distinct = (node.modifiers as SqlNode[]).find((m) => m.type === 'select_distinct')
      if (distinct) return [{ family: 'distinct', start: (node.selectKw as Keyword).range[1], end: distinct.range![1], text: '' }]
      const kw = node.selectKw as Keyword
      return (node.modifiers as SqlNode[]).length === 0 ? [{ family: 'distinct', start: kw.range[1], end: kw.range[1], text: ' DISTINCT' }] : []
    }
    case 'func_call':
      return functionEdits(node, sql)
    case 'sort_specification': {
      const direction = node.direction as SqlNode | undefined
      if (!direction) return [{ family: 'sort-direction', start: (node.expr as SqlNode).range![1], end: (node.expr as SqlNode).range![1], text: ' DESC' }]
      if (direction.type === 'sort_direction_asc') return [replace('sort-direction', direction.ascKw as Keyword, 'DESC')]
      if (direction.type === 'sort_direction_desc') return [replace('sort-direction', direction.descKw as Keyword, 'ASC')]
      return []
    }
    case 'compound_select_stmt': {
      const op = node.operator as Keyword | Keyword[]
      if (Array.isArray(op)) return op[0].name === 'UNION' && op[1].name === 'ALL' ? [{ family: 'union', start: op[0].range[1], end: op[1].range[1], text: '' }] : []
      return op.name === 'UNION' ? [{ family: 'union', start: op.range[1], end: op.range[1], text: ' ALL' }] : []
    }
    case 'number_literal': {
      const text = String(node.text)
      if (!/^\d+$/.test(text)) return []
      const value = Number(text)
      return [value + 1, ...(value > 0 ? [value - 1] : [])].map((v) => ({ family: 'integer-constant' as const, start: node.range![0], end: node.range![1], text: String(v) }))
    }
    case 'string_literal':
      return stringEdits(node)
    default:
      return []
  }
}

/** True for the node kinds whose every mutation SQL makes meaningless here (see the header). */
function isEquivalentBySql(node: SqlNode, ancestors: readonly SqlNode[], sql: string): boolean {
  if (node.type === 'number_literal') {
    const clause = [...ancestors].reverse().find((a) => a.type === 'select_clause' || a.type.endsWith('_clause') || a.type === 'select_stmt')
    if (clause?.type !== 'select_clause') return false
    return usageOf(ancestors.slice(0, ancestors.indexOf(clause))) === 'exists'
  }
  if (node.type !== 'select_clause') return false
  const usage = usageOf(ancestors)
  if (usage === 'exists' || usage === 'in' || usage === 'union') return true
  return listsEveryGroupKey(node, ancestors[ancestors.length - 1], sql)
}

/** How the SELECT statement that ends `ancestors` is used by what encloses it. */
function usageOf(ancestors: readonly SqlNode[]): 'exists' | 'in' | 'union' | 'other' {
  let i = ancestors.length - 1
  if (ancestors[i]?.type !== 'select_stmt') return 'other'
  i--
  while (ancestors[i]?.type === 'paren_expr') i--
  const outer = ancestors[i]
  if (!outer) return 'other'
  const words = (op: unknown) => (Array.isArray(op) ? op : [op]).map((w) => (w as Keyword)?.name).join(' ')
  if (outer.type === 'prefix_op_expr' && words(outer.operator) === 'EXISTS') return 'exists'
  if (outer.type === 'binary_expr' && ['IN', 'NOT IN'].includes(words(outer.operator))) return 'in'
  if (outer.type === 'compound_select_stmt' && words(outer.operator) === 'UNION') return 'union'
  return 'other'
}

/** True when the SELECT's statement groups by expressions that all appear in its select list (by text or alias). */
function listsEveryGroupKey(select: SqlNode, statement: SqlNode | undefined, sql: string): boolean {
  const clauses = (statement?.clauses as SqlNode[] | undefined) ?? []
  const groupBy = clauses.find((c) => c.type === 'group_by_clause')
  if (!groupBy) return false
  const textOf = (n: SqlNode) => sql.slice(n.range![0], n.range![1]).replace(/\s+/g, ' ').toLowerCase()
  const listed = new Set<string>()
  for (const column of ((select.columns as SqlNode | undefined)?.items as SqlNode[] | undefined) ?? []) {
    if (column.type === 'alias') {
      listed.add(textOf(column.expr as SqlNode))
      listed.add(textOf(column.alias as SqlNode))
    } else listed.add(textOf(column))
  }
  const keys = ((groupBy.columns as SqlNode).items as SqlNode[]) ?? []
  return keys.length > 0 && keys.every((key) => listed.has(textOf(key)))
}

function binaryEdits(node: SqlNode, sql: string): Edit[] {
  const op = node.operator
  if (typeof op === 'string') {
    if (!BOUNDARY[op]) return []
    const gapStart = (node.left as SqlNode).range![1]
    const at = sql.indexOf(op, gapStart)
    if (at < 0 || at >= (node.right as SqlNode).range![0]) return []
    return [{ family: 'comparison-boundary', start: at, end: at + op.length, text: BOUNDARY[op] }]
  }
  const words = (Array.isArray(op) ? op : [op]) as Keyword[]
  const names = words.map((w) => w.name).join(' ')
  if (names === 'AND') return [replace('and-or', words[0], 'OR')]
  if (names === 'OR') return [replace('and-or', words[0], 'AND')]
  if ((node.right as SqlNode).type !== 'null_literal') return []
  if (names === 'IS') return [{ family: 'null-test', start: words[0].range[1], end: words[0].range[1], text: ' NOT' }]
  if (names === 'IS NOT') return [{ family: 'null-test', start: words[0].range[1], end: words[1].range[1], text: '' }]
  return []
}

function joinEdits(node: SqlNode): Edit[] {
  const op = node.operator
  if (op === ',') return []
  const words = (Array.isArray(op) ? op : [op]) as Keyword[]
  const names = words.map((w) => w.name)
  const span = { start: words[0].range[0], end: words[words.length - 1].range[1] }
  if (names[0] === 'LEFT') return [{ family: 'join-type', ...span, text: 'JOIN' }]
  if (names.join(' ') === 'JOIN' || names.join(' ') === 'INNER JOIN') return [{ family: 'join-type', ...span, text: 'LEFT JOIN' }]
  return []
}

function functionEdits(node: SqlNode, sql: string): Edit[] {
  const name = node.name as SqlNode & { name?: string; range: [number, number] }
  if (name.type !== 'identifier') return []
  const upper = String(name.name).toUpperCase()
  const args = (node.args as SqlNode | undefined)?.expr as SqlNode | undefined
  const edits: Edit[] = []
  if (RANKS.includes(upper) && node.over) {
    for (const other of RANKS) if (other !== upper) edits.push({ family: 'rank-function', start: name.range[0], end: name.range[1], text: other })
  }
  if (AGGREGATE_SWAPS[upper] && args?.type === 'func_args' && !node.over) {
    const list = (args.args as SqlNode & { items: SqlNode[] }).items
    const star = list.length === 1 && list[0].type === 'all_columns'
    if (!star) for (const other of AGGREGATE_SWAPS[upper]) edits.push({ family: 'aggregate', start: name.range[0], end: name.range[1], text: other })
    const distinct = args.distinctKw as Keyword | undefined
    if (distinct) edits.push({ family: 'distinct', start: distinct.range[0], end: list[0].range![0], text: '' })
    else if (!star && ['COUNT', 'SUM', 'AVG'].includes(upper)) edits.push({ family: 'distinct', start: list[0].range![0], end: list[0].range![0], text: 'DISTINCT ' })
  }
  void sql
  return edits
}

/** Dates one day either side; `'-29 days'`-style modifiers one day more or less. */
function stringEdits(node: SqlNode): Edit[] {
  const value = String(node.value)
  const range = node.range!
  const date = /^(\d{4}-\d{2}-\d{2})( \d{2}:\d{2}:\d{2})?$/.exec(value)
  if (date) {
    return [-1, 1].map((days) => ({ family: 'date-constant' as const, start: range[0], end: range[1], text: `'${shiftDate(date[1], days)}${date[2] ?? ''}'` }))
  }
  const modifier = /^([+-]?)(\d+) (days?)$/.exec(value)
  if (modifier) {
    const n = Number(modifier[2])
    return [n - 1, n + 1]
      .filter((m) => m >= 0)
      .map((m) => ({ family: 'date-constant' as const, start: range[0], end: range[1], text: `'${modifier[1]}${m} ${modifier[3]}'` }))
  }
  return []
}

function shiftDate(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

function replace(family: MutantFamily, keyword: Keyword, text: string): Edit {
  return { family, start: keyword.range[0], end: keyword.range[1], text }
}

/**
 * The line the edit starts on, before and after, with runs of spaces collapsed. A line that
 * is one bare keyword (`SELECT`) says too little, so the next line is added for context.
 */
function changedLine(sql: string, mutated: string, edit: Edit): { before: string; after: string; line: number } {
  const lineStart = sql.lastIndexOf('\n', edit.start - 1) + 1
  const lineEnd = (text: string, from: number) => {
    const first = text.indexOf('\n', from)
    if (first < 0) return text.length
    if (squeeze(text.slice(lineStart, first)).split(' ').length > 2) return first
    const second = text.indexOf('\n', first + 1)
    return second < 0 ? text.length : second
  }
  return {
    before: squeeze(sql.slice(lineStart, lineEnd(sql, edit.end))),
    after: squeeze(mutated.slice(lineStart, lineEnd(mutated, edit.start + edit.text.length))),
    line: sql.slice(0, edit.start).split('\n').length,
  }
}

/** Line comments are dropped so an id never holds ' -- ', the reason separator of .equivalent-mutants files. */
function squeeze(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}
