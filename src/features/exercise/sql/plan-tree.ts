/**
 * Turns SQLite's `EXPLAIN QUERY PLAN` rows into a tree and says, in plain words, which steps
 * cost the most. Pure: no React, so the wording can be tested on its own.
 *
 * Detail texts follow SQLite 3.4x (sql.js 1.16 ships 3.54): `SCAN t`, `SCAN t USING COVERING INDEX i`,
 * `SEARCH t USING INDEX i (b=?)`, `USE TEMP B-TREE FOR ORDER BY`, `CO-ROUTINE s`, `MATERIALIZE s`,
 * `CORRELATED SCALAR SUBQUERY 1`, `SEARCH u USING AUTOMATIC COVERING INDEX (y=?)`.
 */
import type { PlanNode } from '../../../sql-sandbox/protocol'
import { maskSqlText } from '../../../core/sql-tokens'

export interface PlanStep {
  id: number
  detail: string
  children: PlanStep[]
}

/** `warn`: costly on a big table; `good`: an index does the work; `info`: worth knowing. */
export type NoteTone = 'warn' | 'good' | 'info'

export interface PlanNote {
  tone: NoteTone
  /** A short name that carries the meaning without colour: "Full table scan". */
  label: string
  explanation: string
}

/** Nests the rows by `parent`; rows whose parent is not in the plan (SQLite uses 0) are roots. Row order is kept. */
export function buildPlanTree(nodes: PlanNode[]): PlanStep[] {
  const steps = new Map<number, PlanStep>()
  for (const node of nodes) steps.set(node.id, { id: node.id, detail: node.detail, children: [] })
  const roots: PlanStep[] = []
  for (const node of nodes) {
    const step = steps.get(node.id)!
    const parent = node.parent !== node.id ? steps.get(node.parent) : undefined
    if (parent) parent.children.push(step)
    else roots.push(step)
  }
  return roots
}

/** Words that can follow a table name in FROM/JOIN and are not its alias. */
const NOT_ALIASES = new Set(
  'where on using join left right full inner outer cross natural group order limit having window union intersect except as indexed not'.split(' '),
)

const unquote = (name: string): string => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name)

/**
 * `alias -> name` for `FROM name alias`, `JOIN name AS alias`, `, name alias`. Lexical, like the
 * rest of our SQL text helpers: the plan only needs it to recognise a CTE read through an alias.
 */
export function findAliases(sql: string): Map<string, string> {
  const aliases = new Map<string, string>()
  const pattern = /(?:\bFROM|\bJOIN|,)\s+("(?:[^"]|"")+"|[A-Za-z_]\w*)\s+(?:AS\s+)?("(?:[^"]|"")+"|[A-Za-z_]\w*)/gi
  for (const [, name, alias] of maskSqlText(sql).matchAll(pattern)) {
    if (!NOT_ALIASES.has(alias.toLowerCase())) aliases.set(unquote(alias), unquote(name))
  }
  return aliases
}

/**
 * Names the plan computes itself (CTEs and subqueries), and the aliases they are read through
 * in `sql` (SQLite's plan names a table by its alias): a `SCAN` of one of them reads rows the
 * query already built, not a stored table, so it is not a full table scan.
 */
export function findComputedNames(nodes: PlanNode[], sql = ''): Set<string> {
  const names = new Set<string>()
  for (const { detail } of nodes) {
    const match = /^(?:CO-ROUTINE|MATERIALIZE)\s+(.+)$/.exec(detail)
    if (match) names.add(match[1].trim())
  }
  const lower = new Set([...names].map((name) => name.toLowerCase()))
  for (const [alias, name] of findAliases(sql)) if (lower.has(name.toLowerCase())) names.add(alias)
  return names
}

const tempBTreeExplanations: Record<string, string> = {
  'ORDER BY': 'sorts the rows in a temporary index, because no index gives this order',
  'GROUP BY': 'sorts the rows into groups in a temporary index',
  DISTINCT: 'de-duplicates the rows in a temporary index',
}

/** The note for one plan step, or undefined when the step needs none. */
export function describePlanStep(detail: string, computed: Set<string> = new Set()): PlanNote | undefined {
  const tempBTree = /^USE TEMP B-TREE FOR (.+)$/.exec(detail)
  if (tempBTree) {
    const purpose = tempBTree[1]
    const explanation =
      tempBTreeExplanations[purpose] ??
      (purpose.includes('ORDER BY') ? tempBTreeExplanations['ORDER BY'] : 'sorts or de-duplicates in a temporary index')
    return { tone: 'warn', label: 'Temporary B-tree', explanation }
  }
  if (/USING AUTOMATIC (?:COVERING |PARTIAL )*INDEX/.test(detail)) {
    return { tone: 'warn', label: 'Index built on the fly', explanation: 'no stored index fits, so SQLite builds a temporary one while the query runs' }
  }
  if (/^CORRELATED /.test(detail)) {
    return { tone: 'info', label: 'Correlated subquery', explanation: 'runs again for every row of the outer query' }
  }
  const scan = /^SCAN (.+?)(?: USING (.+))?$/.exec(detail)
  if (scan) {
    const [, name, using] = scan
    if (name === 'CONSTANT ROW' || computed.has(name) || /SUBQUERY|^\(/.test(name)) return undefined
    if (!using) return { tone: 'warn', label: 'Full table scan', explanation: 'reads every row of the table' }
    if (/COVERING INDEX/.test(using)) return { tone: 'info', label: 'Index scan', explanation: 'reads every entry of the index instead of the table' }
    return { tone: 'info', label: 'Scan in index order', explanation: 'reads every row of the table, in the order of the index' }
  }
  if (/^SEARCH .+ USING /.test(detail)) {
    return { tone: 'good', label: 'Index lookup', explanation: 'reads only the matching rows, through the index' }
  }
  return undefined
}
