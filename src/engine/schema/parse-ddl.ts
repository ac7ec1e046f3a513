/**
 * The DDL preprocessor: turns a data-model answer written in any common dialect into SQL that
 * SQLite runs, keeping the answer's line numbers (what SQLite lacks is blanked, never removed),
 * and records what SQLite would not keep (partitions, inline indexes, storage options).
 */
import type { DdlError, DeclaredIndex, DeclaredTable, ParseDdlOutcome } from './types'
import {
  TextEdits,
  findClose,
  isName,
  isPunct,
  isWord,
  splitTopLevel,
  tokenizeSql,
  unquoteName,
  type SqlToken,
} from '../../core/sql-tokens'

export const NO_CREATE_TABLE_MESSAGE = 'Your answer has no CREATE TABLE statement.'

interface Statement {
  tokens: SqlToken[]
  semicolon?: SqlToken
  /** No `;` separated it from the statement before (one was added). */
  glued: boolean
}

interface Rewrite {
  text: string
  edits: TextEdits
  notes: string[]
  tables: DeclaredTable[]
  indexSql: string[]
}

/** Words that open a statement of their own, so never a table name in shorthand. */
const STATEMENT_WORDS = new Set(
  ('SELECT WITH VALUES INSERT UPDATE DELETE REPLACE DROP ALTER CREATE PRAGMA EXPLAIN BEGIN COMMIT END ' +
    'ROLLBACK ATTACH DETACH VACUUM ANALYZE REINDEX SAVEPOINT RELEASE COMMENT GRANT TRUNCATE USE SET ' +
    'TABLE INDEX KEY PRIMARY UNIQUE CHECK CONSTRAINT FOREIGN IF').split(' '),
)

/** Words that open a clause after a table's column list (table options of the common dialects). */
const TAIL_CLAUSE_WORDS = new Set(
  ('PARTITION PARTITIONED CLUSTER CLUSTERED STORED ROW LOCATION TBLPROPERTIES ENGINE DEFAULT CHARSET ' +
    'CHARACTER COLLATE AUTO_INCREMENT WITH DISTKEY SORTKEY COMPOUND INTERLEAVED DISTSTYLE DISTRIBUTED ' +
    'OPTIONS COMMENT PRIMARY UNIQUE TABLESPACE INHERITS ON USING ORDER TTL SETTINGS ROW_FORMAT SKEWED ' +
    'LIFECYCLE WITHOUT STRICT').split(' '),
)

/** SQLite keywords that cannot name a column unquoted (checked with sql.js), minus constraint words. */
const SQLITE_RESERVED = new Set(
  ('INDEX ORDER GROUP TABLE FROM TO WHERE SELECT LIMIT HAVING JOIN VALUES CASE WHEN THEN ELSE IN IS AS ON ALL ' +
    'DISTINCT INTO SET UPDATE DELETE INSERT CREATE DROP ALTER ADD TRANSACTION COMMIT EXISTS BETWEEN ESCAPE ' +
    'UNION EXCEPT INTERSECT RETURNING NOTHING DEFAULT REFERENCES COLLATE').split(' '),
)

/** Words that start a column constraint (they end a type written after `::`). */
const CONSTRAINT_WORDS = ['CONSTRAINT', 'PRIMARY', 'NOT', 'NULL', 'UNIQUE', 'CHECK', 'DEFAULT', 'COLLATE', 'REFERENCES', 'GENERATED', 'AS']

/** CREATE modifiers SQLite lacks (TEMP/TEMPORARY are SQLite's own and stay). */
const DROPPED_CREATE_MODIFIERS = ['OR', 'REPLACE', 'EXTERNAL', 'TRANSIENT', 'GLOBAL', 'LOCAL', 'UNLOGGED', 'VOLATILE', 'MULTISET', 'SET']

/** Functions a DEFAULT may call that mean "now" (SQLite spells it CURRENT_TIMESTAMP). */
const NOW_FUNCTIONS = ['NOW', 'GETDATE', 'CURRENT_TIMESTAMP', 'LOCALTIMESTAMP', 'SYSDATE', 'SYSDATETIME', 'GETUTCDATE', 'UTC_TIMESTAMP']

/** Words inside a partition expression that are not the partition column. */
const PARTITION_NOISE = new Set(
  'RANGE LIST HASH KEY LINEAR COLUMNS INTERVAL DAY WEEK MONTH QUARTER YEAR HOUR MINUTE'.split(' '),
)

/**
 * Makes a data-model answer executable by SQLite with the same line numbers, and records what
 * it declared that SQLite does not keep (see `ParsedDdl`). Fails only on an unclosed string,
 * comment, quoted name or parenthesis, on an `ALTER TABLE ... ADD` of a key, and on an answer
 * with no CREATE TABLE; every other mistake is left for SQLite to report on the learner's line.
 */
export function parseDdl(text: string): ParseDdlOutcome {
  const lexed = tokenizeSql(text)
  if (!lexed.ok) return { ok: false, error: lexed.error }
  const split = splitStatements(lexed.tokens.filter((t) => t.kind !== 'comment'))
  if ('error' in split) return { ok: false, error: split.error }
  const rewrite: Rewrite = { text, edits: new TextEdits(text), notes: [], tables: [], indexSql: [] }
  let firstError: DdlError | null = null
  split.statements.forEach((statement, k) => {
    if (statement.glued) addMissingSemicolon(split.statements[k - 1], rewrite)
    firstError ??= rewriteStatement(statement, rewrite)
  })
  if (rewrite.tables.length === 0) return { ok: false, error: { line: 1, message: NO_CREATE_TABLE_MESSAGE } }
  if (firstError) return { ok: false, error: firstError }
  const sql = appendIndexStatements(rewrite.edits.render(), split.statements, rewrite.indexSql)
  return { ok: true, ddl: { sql, tables: rewrite.tables, notes: rewrite.notes } }
}

// ---------------------------------------------------------------- statements

/**
 * Splits on top-level `;`, and also where a new CREATE (or a shorthand `name (`) starts after a
 * finished table with no `;` in between, because interview notes often leave the `;` out.
 */
function splitStatements(tokens: SqlToken[]): { statements: Statement[] } | { error: DdlError } {
  const semicolonInside = findSemicolonInGroup(tokens)
  if (semicolonInside) return { error: semicolonInside }
  const statements: Statement[] = []
  const opens: SqlToken[] = []
  let current: SqlToken[] = []
  let glued = false
  let closedGroup = false
  tokens.forEach((token, i) => {
    if (isPunct(token, ';')) {
      statements.push({ tokens: current, semicolon: token, glued })
      current = []
      glued = false
      closedGroup = false
      return
    }
    if (opens.length === 0 && current.length > 0 && startsGluedStatement(tokens, i, current, closedGroup)) {
      statements.push({ tokens: current, glued })
      current = []
      glued = true
      closedGroup = false
    }
    if (isPunct(token, '(')) opens.push(token)
    if (isPunct(token, ')') && opens.length > 0) {
      opens.pop()
      closedGroup ||= opens.length === 0
    }
    current.push(token)
  })
  if (opens.length > 0) return { error: describeUnclosedParen(opens[opens.length - 1]) }
  if (current.length > 0) statements.push({ tokens: current, glued })
  return { statements: statements.filter((s) => s.tokens.length > 0) }
}

/** A `;` inside parentheses means the innermost `(` before it was never closed: say where it opened. */
function findSemicolonInGroup(tokens: SqlToken[]): DdlError | null {
  const opens: SqlToken[] = []
  for (const token of tokens) {
    if (isPunct(token, '(')) opens.push(token)
    else if (isPunct(token, ')')) opens.pop()
    else if (isPunct(token, ';') && opens.length > 0) return describeUnclosedParen(opens[opens.length - 1], token)
  }
  return null
}

function describeUnclosedParen(open: SqlToken, stop?: SqlToken): DdlError {
  const where = stop ? `is not closed before the ";" on line ${stop.line}` : 'is never closed'
  return { line: open.line, message: `Unclosed parenthesis: the "(" on line ${open.line} ${where}.` }
}

/** True when token i starts a new statement although no `;` ended the one before. */
function startsGluedStatement(tokens: SqlToken[], i: number, current: SqlToken[], closedGroup: boolean): boolean {
  const token = tokens[i]
  if (isWord(token, 'CREATE')) return true
  if (!closedGroup || !isTableStatement(current) || tokens[i - 1].line === token.line) return false
  if (isWord(tokens[i - 1], 'BY', 'AS', 'ON') || isPunct(tokens[i - 1], ',') || isPunct(tokens[i - 1], '=')) return false
  if (token.kind === 'word' && TAIL_CLAUSE_WORDS.has(token.text.toUpperCase())) return false
  return startsBareTable(tokens, i)
}

function isTableStatement(tokens: SqlToken[]): boolean {
  return isWord(tokens[0], 'CREATE') || startsBareTable(tokens, 0)
}

/** `name (` or `schema.name (` where no statement keyword could be meant: shorthand CREATE TABLE. */
function startsBareTable(tokens: SqlToken[], i: number): boolean {
  const first = tokens[i]
  if (!isName(first) || (first.kind === 'word' && STATEMENT_WORDS.has(first.text.toUpperCase()))) return false
  return isPunct(tokens[endOfQualifiedName(tokens, i) + 1], '(')
}

function endOfQualifiedName(tokens: SqlToken[], i: number): number {
  let j = i
  while (isPunct(tokens[j + 1], '.') && isName(tokens[j + 2])) j += 2
  return j
}

function addMissingSemicolon(previous: Statement, rewrite: Rewrite): void {
  const last = previous.tokens[previous.tokens.length - 1]
  rewrite.edits.insert(last.end, ';')
  rewrite.notes.push(`Added the missing ";" after the statement ending on line ${last.line}.`)
}

/** Rewrites one statement in place; returns an error only for what SQLite cannot run at all. */
function rewriteStatement(statement: Statement, rewrite: Rewrite): DdlError | null {
  const [first, second] = statement.tokens
  if (isWord(first, 'CREATE')) rewriteCreate(statement.tokens, rewrite)
  else if (isWord(first, 'COMMENT') && isWord(second, 'ON')) setAsideComment(statement, rewrite)
  else if (isWord(first, 'ALTER')) return checkAlter(statement.tokens)
  else if (startsBareTable(statement.tokens, 0)) {
    const nameEnd = endOfQualifiedName(statement.tokens, 0)
    const written = rewrite.text.slice(first.start, statement.tokens[nameEnd].end)
    rewrite.edits.insert(first.start, 'CREATE TABLE ')
    rewrite.notes.push(`Read "${written} (" as "CREATE TABLE ${written} (".`)
    rewriteCreateTable(statement.tokens, 0, first.line, rewrite)
  }
  return null
}

function setAsideComment(statement: Statement, rewrite: Rewrite): void {
  rewrite.edits.blankTokens(statement.tokens)
  if (statement.semicolon) rewrite.edits.blankTokens([statement.semicolon])
  const line = statement.tokens[0].line
  rewrite.notes.push(`Set aside the COMMENT ON statement on line ${line}: SQLite keeps no comments on tables or columns.`)
}

/** `ALTER TABLE ... ADD [CONSTRAINT x] PRIMARY KEY|FOREIGN KEY|UNIQUE|CHECK` cannot run in SQLite. */
function checkAlter(tokens: SqlToken[]): DdlError | null {
  const add = tokens.findIndex((t) => isWord(t, 'ADD'))
  if (add < 0) return null
  let k = add + 1
  if (isWord(tokens[k], 'CONSTRAINT')) k += 2
  const kinds: Record<string, string> = { PRIMARY: 'a primary key', FOREIGN: 'a foreign key', UNIQUE: 'a unique key', CHECK: 'a check' }
  const kind = tokens[k]?.kind === 'word' ? kinds[tokens[k].text.toUpperCase()] : undefined
  if (!kind) return null
  return {
    line: tokens[0].line,
    message:
      `SQLite cannot add ${kind} to an existing table with ALTER TABLE. Declare keys inside CREATE TABLE, ` +
      'e.g. "PRIMARY KEY (user_id, activity_date)" after the columns.',
  }
}

// ---------------------------------------------------------------- CREATE ...

/** CREATE [modifiers] TABLE|VIEW|INDEX: drops modifiers SQLite lacks and schema qualifiers. */
function rewriteCreate(tokens: SqlToken[], rewrite: Rewrite): void {
  let k = 1
  const dropped: SqlToken[] = []
  while (isWord(tokens[k], ...DROPPED_CREATE_MODIFIERS, 'TEMP', 'TEMPORARY')) {
    if (!isWord(tokens[k], 'TEMP', 'TEMPORARY')) dropped.push(tokens[k])
    k++
  }
  if (dropped.length > 0 && isWord(tokens[k], 'TABLE', 'VIEW')) {
    const written = rewrite.text.slice(tokens[0].start, tokens[k].end).replace(/\s+/g, ' ')
    rewrite.edits.blankTokens(dropped)
    const kept = tokens.slice(0, k + 1).filter((t) => !dropped.includes(t)).map((t) => t.text)
    rewrite.notes.push(`Read "${written}" as "${kept.join(' ')}".`)
  }
  if (isWord(tokens[k], 'TABLE')) rewriteCreateTable(tokens, k + 1, tokens[0].line, rewrite)
  else if (isWord(tokens[k], 'VIEW')) stripQualifier(tokens, skipIfNotExists(tokens, k + 1), rewrite)
  else if (isWord(tokens[k], 'UNIQUE', 'INDEX')) rewriteCreateIndex(tokens, k, rewrite)
}

function skipIfNotExists(tokens: SqlToken[], k: number): number {
  return isWord(tokens[k], 'IF') && isWord(tokens[k + 1], 'NOT') && isWord(tokens[k + 2], 'EXISTS') ? k + 3 : k
}

function rewriteCreateIndex(tokens: SqlToken[], k: number, rewrite: Rewrite): void {
  const indexWord = isWord(tokens[k], 'UNIQUE') ? k + 1 : k
  stripQualifier(tokens, skipIfNotExists(tokens, indexWord + 1), rewrite)
  const on = tokens.findIndex((t) => isWord(t, 'ON'))
  if (on > 0) stripQualifier(tokens, on + 1, rewrite)
}

/**
 * SQLite reads `analytics.fact_x` as database `analytics` and fails: keep only the last part.
 * Returns the name (unquoted) and the index of its last token.
 */
function stripQualifier(tokens: SqlToken[], i: number, rewrite: Rewrite): { name: string; end: number } {
  const end = endOfQualifiedName(tokens, i)
  const last = tokens[end]
  if (!last || !isName(last)) return { name: '', end: i }
  const written = rewrite.text.slice(tokens[i].start, last.end)
  if (end > i) {
    rewrite.edits.blankTokens(tokens.slice(i, end))
    rewrite.notes.push(`Read "${written}" as "${last.text}": SQLite has no schemas.`)
    return { name: unquoteName(last), end }
  }
  const dotted = last.kind === 'quoted' ? unquoteName(last).split('.') : []
  if (dotted.length > 1) {
    const bare = dotted[dotted.length - 1]
    rewrite.edits.replace(last.start, last.end, `"${bare.replace(/"/g, '""')}"`)
    rewrite.notes.push(`Read ${written} as "${bare}": SQLite has no schemas.`)
    return { name: bare, end }
  }
  return { name: unquoteName(last), end }
}

/** From the table name on: the column list, then the clauses after it. */
function rewriteCreateTable(tokens: SqlToken[], nameAt: number, line: number, rewrite: Rewrite): void {
  const { name, end } = stripQualifier(tokens, skipIfNotExists(tokens, nameAt), rewrite)
  const table: DeclaredTable = { name, line, partitionBy: [], indexes: [], options: [] }
  rewrite.tables.push(table)
  const open = end + 1
  if (!isPunct(tokens[open], '(')) return
  const close = findClose(tokens, open)
  if (close < 0) return
  const { columns, afterLastColumn } = rewriteColumnList(tokens, open, close, table, rewrite)
  rewriteTail(tokens.slice(close + 1), afterLastColumn ?? tokens[close].start, columns, table, rewrite)
}

// ---------------------------------------------------------------- the column list

/**
 * Rewrites each item; inline indexes leave the list (with one comma each). Returns the column
 * names and where the last column definition ends (added columns go there: SQLite wants every
 * column before the first table constraint).
 */
function rewriteColumnList(
  tokens: SqlToken[],
  open: number,
  close: number,
  table: DeclaredTable,
  rewrite: Rewrite,
): { columns: string[]; afterLastColumn?: number } {
  const { items, commas } = splitTopLevel(tokens, open + 1, close)
  const columns: string[] = []
  let afterLastColumn: number | undefined
  const kept = items.map((item) => {
    const index = readInlineIndex(item)
    if (index) {
      rewrite.edits.blankTokens(item)
      addIndex(table, index, rewrite)
      return false
    }
    if (isColumnItem(item)) {
      columns.push(unquoteName(item[0]))
      afterLastColumn = [...item].reverse().find((t) => t.kind !== 'comment')?.end ?? afterLastColumn
      quoteReservedName(item[0], rewrite)
      rewriteConstraintWords(item, rewriteType(item, rewrite), rewrite)
    } else rewriteConstraintWords(item, 0, rewrite)
    return true
  })
  blankOrphanCommas(commas, kept, rewrite)
  return { columns, afterLastColumn }
}

/** Keeps only the commas between two kept items, so the list stays valid wherever indexes were. */
function blankOrphanCommas(commas: SqlToken[], kept: boolean[], rewrite: Rewrite): void {
  let seenKept = false
  kept.forEach((isKept, k) => {
    if (k > 0 && !(isKept && seenKept)) rewrite.edits.blankTokens([commas[k - 1]])
    seenKept ||= isKept
  })
}

/** `order INT` or `index TEXT` is a fine column elsewhere; SQLite needs the name quoted. */
function quoteReservedName(name: SqlToken, rewrite: Rewrite): void {
  if (name.kind !== 'word' || !SQLITE_RESERVED.has(name.text.toUpperCase())) return
  rewrite.edits.replace(name.start, name.end, quoteName(name.text))
  rewrite.notes.push(`Read the column name ${name.text} on line ${name.line} as "${name.text}": SQLite reserves the word.`)
}

function isColumnItem(item: SqlToken[]): boolean {
  return isName(item[0]) && !isWord(item[0], 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK', 'CONSTRAINT')
}

/**
 * `[UNIQUE|FULLTEXT|SPATIAL] INDEX|KEY [name] (cols)`. A column called `key` is not an index:
 * `key TEXT` has no `(` after the name and `key VARCHAR(20)` has a number inside it.
 */
function readInlineIndex(item: SqlToken[]): { name?: string; columns: string[]; unique: boolean } | null {
  const unique = isWord(item[0], 'UNIQUE')
  let k = isWord(item[0], 'UNIQUE', 'FULLTEXT', 'SPATIAL') ? 1 : 0
  if (!isWord(item[k], 'INDEX', 'KEY')) return null
  k++
  let name: string | undefined
  if (isName(item[k]) && isPunct(item[k + 1], '(')) name = unquoteName(item[k++])
  if (!isPunct(item[k], '(') || !isName(item[k + 1])) return null
  const close = findClose(item, k)
  if (close < 0) return null
  const columns = splitTopLevel(item, k + 1, close).items.map(firstPlainName).filter((c): c is string => !!c)
  return { name, columns, unique }
}

/** Records an inline index and queues its CREATE INDEX (named `<table>__<name>`). */
function addIndex(table: DeclaredTable, index: { name?: string; columns: string[]; unique: boolean }, rewrite: Rewrite): void {
  const base = index.name ?? `idx_${index.columns.join('_')}`
  let name = base
  for (let n = 2; table.indexes.some((other) => other.name === name); n++) name = `${base}_${n}`
  const declared: DeclaredIndex = { name, columns: index.columns, unique: index.unique }
  table.indexes.push(declared)
  const columns = index.columns.map(quoteName).join(', ')
  const statement = `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoteName(`${table.name}__${name}`)} ON ${quoteName(table.name)} (${columns});`
  if (!rewrite.indexSql.includes(statement)) rewrite.indexSql.push(statement)
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** ENUM(...), SET(...), ARRAY<...>, MAP<...>, STRUCT<...> become TEXT. Returns where constraints start. */
function rewriteType(item: SqlToken[], rewrite: Rewrite): number {
  const type = item[1]
  let close = -1
  if (isWord(type, 'ENUM', 'SET') && isPunct(item[2], '(')) close = findClose(item, 2)
  else if (isWord(type, 'ARRAY', 'MAP', 'STRUCT', 'UNIONTYPE') && isPunct(item[2], '<')) close = findClose(item, 2, '<', '>')
  if (close < 0) return 1
  rewrite.edits.replace(type.start, item[close].end, 'TEXT')
  return close + 1
}

/** Blanks (or rewrites) the column-constraint words SQLite rejects, from item[k] on. */
function rewriteConstraintWords(item: SqlToken[], k: number, rewrite: Rewrite): void {
  const integerType = isWord(item[1], 'INTEGER') && !isPunct(item[2], '(')
  while (k < item.length) {
    if (isPunct(item[k], '(')) k = Math.max(k, findClose(item, k)) + 1
    else k = rewriteConstraintAt(item, k, integerType, rewrite)
  }
}

/** Handles the constraint word at item[k]; returns the index of the next token to look at. */
function rewriteConstraintAt(item: SqlToken[], k: number, integerType: boolean, rewrite: Rewrite): number {
  const t = item[k]
  const blankThrough = (last: number): number => {
    rewrite.edits.blankTokens(item.slice(k, last + 1))
    return last + 1
  }
  const withParens = (last: number): number => (isPunct(item[last + 1], '(') ? Math.max(last, findClose(item, last + 1)) : last)
  if (t.kind === 'quoted' && /^\[\d*\]$/.test(t.text)) return blankThrough(k) // Postgres INT[] / INT[3]
  if (isWord(t, 'AUTO_INCREMENT', 'SORTKEY', 'DISTKEY')) return blankThrough(k)
  if (isWord(t, 'AUTOINCREMENT') && !integerType) return blankThrough(k)
  if (isWord(t, 'IDENTITY')) return blankThrough(withParens(k))
  if (isWord(t, 'GENERATED')) {
    const as = isWord(item[k + 1], 'ALWAYS') ? k + 2 : isWord(item[k + 1], 'BY') ? k + 3 : -1
    const onNull = isWord(item[as], 'ON') && isWord(item[as + 1], 'NULL') ? as + 2 : as
    if (as > 0 && isWord(item[onNull], 'AS') && isWord(item[onNull + 1], 'IDENTITY')) return blankThrough(withParens(onNull + 1))
  }
  if (isWord(t, 'COMMENT') && item[k + 1]?.kind === 'string') return blankThrough(k + 1)
  if (isWord(t, 'ENCODE', 'CHARSET') && isName(item[k + 1])) return blankThrough(k + 1)
  if (isWord(t, 'CHARACTER') && isWord(item[k + 1], 'SET') && isName(item[k + 2])) return blankThrough(k + 2)
  if (isWord(t, 'COLLATE') && isName(item[k + 1]) && !isWord(item[k + 1], 'BINARY', 'NOCASE', 'RTRIM')) return blankThrough(k + 1)
  if (isWord(t, 'ON') && isWord(item[k + 1], 'UPDATE') && isWord(item[k + 2], ...NOW_FUNCTIONS)) return blankThrough(withParens(k + 2))
  if (isWord(t, 'NOT') && isWord(item[k + 1], 'ENFORCED')) return blankThrough(k + 1)
  if (isWord(t, 'KEY') && isWord(item[k - 1], 'UNIQUE')) return blankThrough(k) // MySQL column `UNIQUE KEY`
  if (isPunct(t, ':') && isPunct(item[k + 1], ':') && isName(item[k + 2])) return blankThrough(findCastEnd(item, k + 2))
  if (isWord(t, 'DEFAULT') && item[k + 1]?.kind === 'word' && isPunct(item[k + 2], '(')) return rewriteDefaultCall(item, k, rewrite)
  if (isWord(t, 'REFERENCES')) return stripQualifier(item, k + 1, rewrite).end + 1
  return k + 1
}

/** Last token of a Postgres cast's type (`::character varying(10)`), which SQLite cannot read. */
function findCastEnd(item: SqlToken[], k: number): number {
  let last = k
  for (let j = k; j < item.length; j++) {
    if (isPunct(item[j], '(')) last = j = Math.max(j, findClose(item, j))
    else if (isName(item[j]) && !isWord(item[j], ...CONSTRAINT_WORDS)) last = j
    else break
  }
  return last
}

/** SQLite takes `DEFAULT (expr)` but not `DEFAULT fn()`: "now" becomes CURRENT_TIMESTAMP, others go. */
function rewriteDefaultCall(item: SqlToken[], k: number, rewrite: Rewrite): number {
  const call = item[k + 1]
  const close = findClose(item, k + 2)
  if (close < 0) return k + 1
  if (isWord(call, ...NOW_FUNCTIONS, 'CURRENT_DATE')) {
    const now = isWord(call, 'CURRENT_DATE') ? 'CURRENT_DATE' : 'CURRENT_TIMESTAMP'
    rewrite.edits.replace(call.start, item[close].end, now)
    return close + 1
  }
  const written = rewrite.text.slice(item[k].start, item[close].end)
  rewrite.edits.blankTokens(item.slice(k, close + 1))
  rewrite.notes.push(`Set aside "${written}" on line ${item[k].line}: SQLite cannot call a function in DEFAULT.`)
  return close + 1
}

/**
 * The first name in tokens that is not a function being called: `DATE(ts)` -> ts, `a DESC` -> a,
 * and MySQL's prefix length `name(10)` -> name.
 */
function firstPlainName(tokens: SqlToken[]): string | undefined {
  const isCall = (k: number): boolean =>
    isPunct(tokens[k + 1], '(') && !(tokens[k + 2]?.kind === 'number' && isPunct(tokens[k + 3], ')'))
  const at = tokens.findIndex(
    (t, k) => isName(t) && !isCall(k) && !(t.kind === 'word' && PARTITION_NOISE.has(t.text.toUpperCase())),
  )
  return at < 0 ? undefined : unquoteName(tokens[at])
}

// ---------------------------------------------------------------- after the column list

interface TailClause {
  tokens: SqlToken[]
  kind: 'partition' | 'sqlite' | 'option'
}

/**
 * Sets aside every clause after the column list except SQLite's own (WITHOUT ROWID, STRICT):
 * partitions go to `partitionBy` (Hive's typed partition columns join the column list), the
 * rest to `options`, as written.
 */
function rewriteTail(tail: SqlToken[], insertAt: number, columns: string[], table: DeclaredTable, rewrite: Rewrite): void {
  const { clauses, separators } = splitTailClauses(tail)
  const added: string[] = []
  for (const clause of clauses) {
    if (clause.kind === 'sqlite') continue
    rewrite.edits.blankTokens(clause.tokens)
    if (clause.kind === 'option') table.options.push(writtenText(clause.tokens, rewrite.text))
    else table.partitionBy.push(...readPartition(clause.tokens, columns, added, rewrite.text))
  }
  for (const { comma, after } of separators) {
    if (clauses[after]?.kind !== 'sqlite' || clauses[after + 1]?.kind !== 'sqlite') rewrite.edits.blankTokens([comma])
  }
  if (added.length > 0) rewrite.edits.insert(insertAt, added.map((c) => `, ${c}`).join(''))
}

/** Clauses start at a known clause word at depth 0; commas before a clause word separate clauses. */
function splitTailClauses(tail: SqlToken[]): { clauses: TailClause[]; separators: { comma: SqlToken; after: number }[] } {
  const groups: SqlToken[][] = []
  const separators: { comma: SqlToken; after: number }[] = []
  let depth = 0
  tail.forEach((token, k) => {
    if (depth === 0 && isPunct(token, ',') && startsTailClause(tail, k + 1)) {
      separators.push({ comma: token, after: groups.length - 1 })
      groups.push([])
      return
    }
    const last = groups[groups.length - 1]
    if (!last || (depth === 0 && last.length > 0 && startsTailClause(tail, k))) groups.push([token])
    else last.push(token)
    if (isPunct(token, '(')) depth++
    if (isPunct(token, ')')) depth--
  })
  const clauses = groups.map((tokens): TailClause => ({ tokens, kind: classifyTailClause(tokens) }))
  return { clauses, separators }
}

function startsTailClause(tail: SqlToken[], k: number): boolean {
  const token = tail[k]
  if (!token || token.kind !== 'word' || !TAIL_CLAUSE_WORDS.has(token.text.toUpperCase())) return false
  const previous = tail[k - 1]
  if (isWord(previous, 'DEFAULT') && isWord(token, 'CHARSET', 'CHARACTER', 'COLLATE')) return false
  if (isWord(previous, 'UNIQUE') && isWord(token, 'PRIMARY')) return false
  if (isWord(previous, 'COMPOUND', 'INTERLEAVED') && isWord(token, 'SORTKEY')) return false
  if (isWord(previous, 'CHARACTER') && isWord(token, 'SET')) return false
  return !isWord(token, 'WITHOUT') || isWord(tail[k + 1], 'ROWID')
}

function classifyTailClause(tokens: SqlToken[]): TailClause['kind'] {
  const [first, second] = tokens
  if (tokens.length === 2 && isWord(first, 'WITHOUT') && isWord(second, 'ROWID')) return 'sqlite'
  if (tokens.length === 1 && isWord(first, 'STRICT')) return 'sqlite'
  if (isWord(first, 'PARTITION', 'PARTITIONED') && isWord(second, 'BY')) return 'partition'
  return 'option'
}

/**
 * The partition columns of `PARTITION BY a`, `(a, b)`, `RANGE (a) (...)`, `DATE(ts)`,
 * `PARTITIONED BY (ds STRING)`. Typed columns missing from the list are pushed to `added`.
 */
function readPartition(clause: SqlToken[], columns: string[], added: string[], text: string): string[] {
  let k = 2
  while (isWord(clause[k], 'RANGE', 'LIST', 'HASH', 'KEY', 'LINEAR', 'COLUMNS')) k++
  if (!isPunct(clause[k], '(')) return splitTopLevel(clause, k, clause.length).items.map(firstPlainName).filter(isDefined)
  const close = Math.max(k, findClose(clause, k))
  const names: string[] = []
  for (const part of splitTopLevel(clause, k + 1, close).items) {
    const typed = isName(part[0]) && part[1]?.kind === 'word' && !isWord(part[1], 'ASC', 'DESC')
    const name = typed ? unquoteName(part[0]) : firstPlainName(part)
    if (!name) continue
    names.push(name)
    if (typed && !columns.some((c) => c.toLowerCase() === name.toLowerCase())) added.push(typedColumnText(part, text))
  }
  return names
}

/** `ds STRING COMMENT 'day'` -> `ds STRING`, on one line. */
function typedColumnText(part: SqlToken[], text: string): string {
  const comment = part.findIndex((t) => isWord(t, 'COMMENT'))
  const last = part[(comment < 0 ? part.length : comment) - 1]
  return text.slice(part[0].start, last.end).replace(/\s+/g, ' ')
}

function writtenText(tokens: SqlToken[], text: string): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ')
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** Inline indexes run after the answer's last line (a `;` first if the answer lacks one). */
function appendIndexStatements(sql: string, statements: Statement[], indexSql: string[]): string {
  if (indexSql.length === 0) return sql
  const last = statements[statements.length - 1]
  const needsSemicolon = last !== undefined && !last.semicolon
  return `${sql}\n${needsSemicolon ? ';\n' : ''}${indexSql.join('\n')}\n`
}
