import { findClose, isName, isPunct, isWord as isUpperWord, tokenizeSql, unquoteName, type SqlToken } from '../../../core/sql-tokens'

/** `isWord` with the keywords written in any case. */
const isWord = (token: SqlToken | undefined, ...words: string[]): boolean => isUpperWord(token, ...words.map((w) => w.toUpperCase()))

/** A comparison of a column with a literal: `upload_timestamp > '2024-06-01'` (column always on the left). */
export interface LiteralComparison {
  column: string
  op: '<' | '<=' | '>' | '>='
  /** The literal's value, unquoted. */
  literal: string
  /** The comparison as written: `v.upload_timestamp > '2024-06-01'`. */
  text: string
}

/** What the pattern rules read from a query's text. */
export interface QueryShape {
  hasJoin: boolean
  /** Names and aliases (lower case) of the right-hand sides of LEFT JOINs. */
  leftJoined: Array<{ table: string; alias: string }>
  /** Names/aliases of tables joined with a plain (inner) JOIN. */
  innerJoined: string[]
  /** Qualified references (`alias.column`, lower case) inside WHERE clauses, with the text of their condition. */
  whereReferences: Array<{ qualifier: string; text: string; isNullTest: boolean }>
  comparisons: LiteralComparison[]
  hasOrderBy: boolean
  hasDivision: boolean
}

const CLAUSE_END = new Set(['group', 'order', 'having', 'limit', 'union', 'window', 'except', 'intersect'])
const FLIP: Record<string, LiteralComparison['op']> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' }

/** Reads a query's shape; undefined when the text cannot be tokenized. */
export function readQueryShape(sql: string): QueryShape | undefined {
  const outcome = tokenizeSql(sql)
  if (!outcome.ok) return undefined
  const t = outcome.tokens.filter((x) => x.kind !== 'comment')
  const shape: QueryShape = { hasJoin: false, leftJoined: [], innerJoined: [], whereReferences: [], comparisons: [], hasOrderBy: false, hasDivision: false }
  for (let i = 0; i < t.length; i++) {
    if (isWord(t[i], 'join')) {
      shape.hasJoin = true
      const left = isWord(t[i - 1], 'left') || (isWord(t[i - 1], 'outer') && isWord(t[i - 2], 'left'))
      const side = readJoinedTable(t, i + 1)
      if (side) {
        if (left) shape.leftJoined.push(side)
        else if (!isWord(t[i - 1], 'cross', 'right', 'full') && !isWord(t[i - 2], 'right', 'full')) shape.innerJoined.push(side.table, side.alias)
      }
    }
    if (isWord(t[i], 'order') && isWord(t[i + 1], 'by')) shape.hasOrderBy = true
    if (isPunct(t[i], '/')) shape.hasDivision = true
    if (isWord(t[i], 'where')) readWhere(t, i + 1, shape)
    const cmp = readComparison(t, i)
    if (cmp) shape.comparisons.push(cmp)
  }
  return shape
}

function readJoinedTable(t: SqlToken[], k: number): { table: string; alias: string } | undefined {
  let table = ''
  if (isPunct(t[k], '(')) {
    k = findClose(t, k) + 1
    table = '(subquery)'
  } else if (isName(t[k])) {
    table = unquoteName(t[k]).toLowerCase()
    k++
    while (isPunct(t[k], '.') && isName(t[k + 1])) {
      table = unquoteName(t[k + 1]).toLowerCase()
      k += 2
    }
  } else return undefined
  if (isWord(t[k], 'as')) k++
  const alias = isName(t[k]) && !isWord(t[k], 'on', 'using', 'where', 'join', 'left', 'inner', 'group', 'order', 'limit') ? unquoteName(t[k]).toLowerCase() : table
  return { table, alias }
}

/** Collects `q.col` references of one WHERE clause, split at top-level AND/OR into conditions. */
function readWhere(t: SqlToken[], from: number, shape: QueryShape): void {
  let depth = 0
  let condition: SqlToken[] = []
  const flush = () => {
    const text = condition.map((x) => x.text).join(' ')
    const isNullTest = condition.some((x, j) => isWord(x, 'is') && isWord(condition[j + 1], 'null'))
    for (let j = 0; j + 2 < condition.length; j++) {
      if (isName(condition[j]) && isPunct(condition[j + 1], '.') && isName(condition[j + 2])) {
        shape.whereReferences.push({ qualifier: unquoteName(condition[j]).toLowerCase(), text, isNullTest })
      }
    }
    condition = []
  }
  for (let k = from; k < t.length; k++) {
    if (isPunct(t[k], '(')) depth++
    if (isPunct(t[k], ')')) {
      if (depth === 0) break
      depth--
    }
    if (depth === 0 && (isPunct(t[k], ';') || (t[k].kind === 'word' && CLAUSE_END.has(t[k].text.toLowerCase())))) break
    if (depth === 0 && isWord(t[k], 'and', 'or')) {
      flush()
      continue
    }
    condition.push(t[k])
  }
  flush()
}

function readComparison(t: SqlToken[], i: number): LiteralComparison | undefined {
  const op = readOperator(t, i)
  if (!op) return undefined
  const after = i + op.length
  const literal = (x: SqlToken | undefined) => x !== undefined && (x.kind === 'string' || x.kind === 'number')
  const valueOf = (x: SqlToken) => (x.kind === 'string' ? x.text.slice(1, -1).replace(/''/g, "'") : x.text)
  if (literal(t[after]) && isPunct(t[i - 1], ')')) {
    // An aggregate or function on the left: HAVING COUNT(*) > 100.
    const open = findOpen(t, i - 1)
    if (open > 0 && isName(t[open - 1])) {
      const text = t.slice(open - 1, i).map((x) => x.text).join('')
      return { column: text.toLowerCase(), op: op.op, literal: valueOf(t[after]), text: `${text} ${op.op} ${t[after].text}` }
    }
  }
  if (literal(t[after]) && isName(t[i - 1])) {
    const start = isPunct(t[i - 2], '.') && isName(t[i - 3]) ? i - 3 : i - 1
    return { column: unquoteName(t[i - 1]).toLowerCase(), op: op.op, literal: valueOf(t[after]), text: t.slice(start, after + 1).map((x) => x.text).join('').replace(/([<>=]+)/, ' $1 ') }
  }
  if (literal(t[i - 1]) && isName(t[after])) {
    const end = isPunct(t[after + 1], '.') && isName(t[after + 2]) ? after + 2 : after
    return { column: unquoteName(t[end]).toLowerCase(), op: FLIP[op.op], literal: valueOf(t[i - 1]), text: t.slice(i - 1, end + 1).map((x) => x.text).join('').replace(/([<>=]+)/, ' $1 ') }
  }
  return undefined
}

function readOperator(t: SqlToken[], i: number): { op: LiteralComparison['op']; length: number } | undefined {
  const x = t[i]
  if (!x || x.kind !== 'punct') return undefined
  if (x.text === '<=' || x.text === '>=') return { op: x.text, length: 1 }
  if (x.text === '<' || x.text === '>') {
    if (isPunct(t[i + 1], '=') && t[i + 1].start === x.end) return { op: `${x.text}=` as LiteralComparison['op'], length: 2 }
    if (isPunct(t[i + 1], '>') || isPunct(t[i - 1], '<')) return undefined
    return { op: x.text, length: 1 }
  }
  return undefined
}

/** Index of the `(` matching the `)` at `close`, or -1. */
function findOpen(t: SqlToken[], close: number): number {
  let depth = 0
  for (let k = close; k >= 0; k--) {
    if (isPunct(t[k], ')')) depth++
    else if (isPunct(t[k], '(') && --depth === 0) return k
  }
  return -1
}
