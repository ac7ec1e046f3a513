/**
 * The worker's side of a counterexample request: runs both queries on the whole dataset,
 * and when they differ hands ddmin (src/engine/counterexample) a `differs` test that fills a
 * scratch database with each candidate subset. sql.js is driven directly here, not through
 * the message protocol, so a test costs a few inserts and two small queries.
 */
import type { Database, SqlJsStatic } from 'sql.js'
import { compareResultSets } from '../../engine/compare/compare-result-sets'
import { describeCounterexample, findCounterexample, findTablesUsed, groupRowsByOutputKey, sampleRows, selectRowsFeeding } from '../../engine/counterexample/index'
import type { QueryResult, SqlFailure, SqlValue } from '../../engine/types'
import type { CounterexampleProgress, CounterexampleResult, CounterexampleSearchOptions, RunResult, SandboxRunOutcome } from '../protocol'
import { maskSqlText } from '../../core/sql-tokens'
import { controlsTransactions, openScratchDatabase, readSourceTables } from './scratch-database'

/** What the search needs from the engine that owns the datasets. */
export interface SearchContext {
  SQL: SqlJsStatic
  /** The dataset's image; only ever read (opened as a copy). */
  image: Uint8Array
  /** Runs a query on a fresh copy of the whole dataset (the grading run). */
  runOnDataset(sql: string): SandboxRunOutcome
  /** Runs a query on a scratch database, with the pinned clock and the row cap. */
  runOn(db: Database, sql: string): RunResult | SqlFailure
  signal?: AbortSignal
  onProgress?: (progress: CounterexampleProgress) => void
}

/** Let messages in (a cancel) at most this often: yielding costs a timer tick. */
const YIELD_EVERY_MS = 25

/** Finds the smallest counterexample of `answer` against `reference` on one dataset. */
export async function searchCounterexample(
  context: SearchContext,
  request: { dataset: string; answer: string; reference: string } & CounterexampleSearchOptions,
): Promise<CounterexampleResult> {
  const began = performance.now()
  const outputs = request.results ?? runBothOnDataset(context, request)
  if ('reason' in outputs) return { found: false, reason: outputs.reason }
  const { expected, actual } = outputs
  const orderBy = resolveOrderBy(request.orderBy, expected.columns)
  const whole = compareResultSets(expected, actual, { orderBy })
  if (whole.equal) return { found: false, reason: 'Your query and the reference give the same result on this dataset.' }

  const { schema, tables } = readSourceTables(context.SQL, context.image, (names) => findTablesUsed([request.answer, request.reference], names))
  const seedTables = Object.fromEntries(tables.map((t) => [t.name, t]))
  const differing = [...whole.missing.map((i) => expected.rows[i]), ...whole.extra.map((i) => actual.rows[i])]
  const firstDiffering = [expected.rows[whole.missing[0]], actual.rows[whole.extra[0]]].filter((r): r is SqlValue[] => r !== undefined)
  // Smallest guesses first: the rows behind the first differing output row, behind all of
  // them, behind every output row, then thin samples; findCounterexample tries them in turn.
  const starts = [
    selectRowsFeeding(seedTables, firstDiffering),
    selectRowsFeeding(seedTables, differing),
    selectRowsFeeding(seedTables, [...expected.rows, ...actual.rows]),
    sampleRows(seedTables, 50),
    sampleRows(seedTables, 10),
  ]
  const groups = groupRowsByOutputKey(seedTables, [...expected.rows, ...actual.rows])
  const scratch = openScratchDatabase(context.SQL, schema, tables, controlsTransactions(maskSqlText(request.answer)))
  const runBoth = (subset: Record<string, readonly SqlValue[][]>) =>
    scratch.withRows(subset, (db) => [context.runOn(db, request.reference), context.runOn(db, request.answer)] as const)
  let lastYield = performance.now()
  try {
    const found = await findCounterexample<SqlValue[]>({
      tables: Object.fromEntries(tables.map((t) => [t.name, t.rows])),
      starts,
      groups,
      timeLimitMs: request.timeLimitMs,
      signal: context.signal,
      onProgress: context.onProgress,
      differs: async (subset) => {
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0))
          lastYield = performance.now()
        }
        const [ref, ans] = runBoth(subset)
        // A run that fails on a subset shows no difference in results, only an error.
        if ('kind' in ref || 'kind' in ans) return false
        return !compareResultSets(resultOf(ref), resultOf(ans), { orderBy }).equal
      },
    })
    if (!found) return { found: false, reason: 'The difference could not be reproduced on a copy of the dataset.' }
    const [ref, ans] = runBoth(found.tables)
    if ('kind' in ref || 'kind' in ans) return { found: false, reason: 'The example stopped running at the last step.' }
    const byName = new Map(tables.map((t) => [t.name, t]))
    return {
      found: true,
      counterexample: {
        dataset: request.dataset,
        tables: Object.fromEntries(Object.entries(found.tables).map(([name, rows]) => [name, { columns: byName.get(name)!.columns, rows }])),
        expected: resultOf(ref),
        actual: resultOf(ans),
        sentence: describeCounterexample(resultOf(ref), resultOf(ans), found.rows, orderBy),
        rows: found.rows,
        minimal: found.minimal,
        ...(found.stopped ? { stopped: found.stopped } : {}),
        tests: found.tests,
        ms: Math.round(performance.now() - began),
      },
    }
  } finally {
    scratch.close()
  }
}

/** Both queries on the whole dataset (a fresh copy), or why there is nothing to compare. */
function runBothOnDataset(context: SearchContext, request: { answer: string; reference: string }): { expected: QueryResult; actual: QueryResult } | { reason: string } {
  const reference = context.runOnDataset(request.reference)
  if (!reference.ok) return { reason: `The reference fails on this dataset: ${reference.failure.message}` }
  const answer = context.runOnDataset(request.answer)
  if (!answer.ok) return { reason: `Your query fails on this dataset: ${answer.failure.message}` }
  return { expected: resultOf(reference.result), actual: resultOf(answer.result) }
}

function resultOf(run: QueryResult): QueryResult {
  return { columns: run.columns, rows: run.rows }
}

/** The exercise's ORDER BY names as positions of the reference's columns (exact name first, then any case). */
function resolveOrderBy(names: readonly string[] | undefined, columns: readonly string[]): number[] | undefined {
  if (!names) return undefined
  return names
    .map((name) => {
      const i = columns.indexOf(name)
      return i >= 0 ? i : columns.findIndex((c) => c.toLowerCase() === name.toLowerCase())
    })
    .filter((i) => i >= 0)
}
