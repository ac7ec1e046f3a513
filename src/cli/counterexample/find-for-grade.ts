/**
 * The smallest counterexample for a rejected SQL answer, in the shape `grade --json` prints:
 * the contract's `expected` / `actual`, plus `reference` / `answer` (the same results under
 * the names issue 13 uses), the sentence, whether it is 1-minimal, and the time it took.
 */
import type { Grade, QueryResult } from '../../engine/types'
import type { SqlCounterexample, SqlSandbox } from '../../sql-sandbox/protocol'
import type { SqlExercise } from '../../scenarios/types'

export interface GradeCounterexample {
  dataset: string
  tables: Record<string, QueryResult>
  expected: QueryResult
  actual: QueryResult
  reference: QueryResult
  answer: QueryResult
  sentence: string
  minimal: boolean
  rows: number
  ms: number
}

/**
 * Searches the dataset the grade's diff comes from (the visible one when it failed with a
 * result, else the first hidden one). Undefined when the grade has no result to differ from
 * (accepted, or the answer fails to run) or the search finds nothing to show.
 */
export async function findCounterexampleForGrade(
  sandbox: SqlSandbox,
  exercise: SqlExercise,
  answer: string,
  grade: Grade,
  timeLimitMs = 3_000,
): Promise<GradeCounterexample | undefined> {
  const diff = grade.verdict === 'rejected' ? grade.diff : undefined
  if (!diff) return undefined
  const results = { expected: diff.expected, actual: diff.actual }
  const outcome = await sandbox.counterexample(diff.dataset, answer, exercise.reference, { orderBy: exercise.orderBy, timeLimitMs, results })
  if (!outcome.ok || !outcome.result.found) return undefined
  return toGradeShape(outcome.result.counterexample)
}

function toGradeShape(c: SqlCounterexample): GradeCounterexample {
  return {
    dataset: c.dataset,
    tables: c.tables,
    expected: c.expected,
    actual: c.actual,
    reference: c.expected,
    answer: c.actual,
    sentence: c.sentence,
    minimal: c.minimal,
    rows: c.rows,
    ms: c.ms,
  }
}

/** Rows listed per table in the text output; --json has them all. */
const ROWS_PRINTED = 8

/** A few lines for the text output: the sentence, then each table's rows (the first few). */
export function formatCounterexample(c: GradeCounterexample): string[] {
  const lines = [`Smallest example (${c.rows} input row${c.rows === 1 ? '' : 's'} of the ${c.dataset} dataset${c.minimal ? '' : ', search stopped early'}): ${c.sentence}`]
  for (const [name, table] of Object.entries(c.tables)) {
    if (table.rows.length === 0) continue
    lines.push(`  ${name} (${table.columns.join(', ')}):`)
    for (const row of table.rows.slice(0, ROWS_PRINTED)) lines.push(`    ${row.map((v) => (v === null ? 'NULL' : String(v))).join(', ')}`)
    if (table.rows.length > ROWS_PRINTED) lines.push(`    ... and ${table.rows.length - ROWS_PRINTED} more (see --json)`)
  }
  return lines
}
