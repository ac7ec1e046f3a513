/**
 * Mutation adequacy of an exercise's datasets: every single-change mutant of the reference
 * (generate-mutants.ts) is run on every dataset and graded like an answer; a mutant the
 * datasets cannot tell from the reference "survives". Each survivor must be killed by
 * planting rows in the scenario's generator, or explained in the exercise's
 * `.equivalent-mutants` file.
 */
import { compareResultSets } from '../../engine/compare/compare-result-sets'
import type { QueryResult } from '../../engine/types'
import type { SqlSandbox } from '../../sql-sandbox/protocol'
import type { SqlExercise } from '../../scenarios/types'
import { equivalentMutantsPath, readEquivalentMutants } from './equivalent-mutants'
import { generateMutants } from './generate-mutants'

export interface MutantReport {
  total: number
  killed: number
  /** Survivors listed in the `.equivalent-mutants` file. */
  equivalent: number
  /** Survivors nobody explained: each one is a problem. */
  survivors: string[]
  problems: string[]
}

/**
 * Runs every mutant of `exercise.reference` on the datasets in `references` (key -> the
 * reference's result there) until one tells it apart, and checks the survivors against the
 * exercise's `.equivalent-mutants` file.
 */
export async function checkMutants(sandbox: SqlSandbox, exercise: SqlExercise, references: Map<string, QueryResult>): Promise<MutantReport> {
  const path = equivalentMutantsPath(exercise.id)
  const { entries, problems } = readEquivalentMutants(path)
  const listed = new Map(entries.map((e) => [e.id, e]))
  const mutants = generateMutants(exercise.reference)
  const survivors: string[] = []
  let killed = 0
  let equivalent = 0
  for (const mutant of mutants) {
    if (await isKilled(sandbox, mutant.sql, exercise.orderBy, references)) {
      killed++
      if (listed.has(mutant.id)) problems.push(`${path} line ${listed.get(mutant.id)!.line} lists a mutant the datasets now kill: delete that line. (${mutant.id})`)
    } else if (listed.has(mutant.id)) equivalent++
    else survivors.push(mutant.id)
  }
  const generated = new Set(mutants.map((m) => m.id))
  for (const entry of entries) {
    if (!generated.has(entry.id)) problems.push(`${path} line ${entry.line} names a mutant the reference no longer has (was its line edited?): delete or update that line.`)
  }
  for (const id of survivors) {
    problems.push(
      `${exercise.id}: a mutant of the reference survives (it gives the same result on every dataset): ${id}. Plant rows in the scenario's data/ generator that tell the two apart (an edge case the statement already implies; then npm run datasets), or, if no data the statement allows can tell them apart, add the line "${id} -- <why>" to ${path}.`,
    )
  }
  return { total: mutants.length, killed, equivalent, survivors, problems }
}

async function isKilled(sandbox: SqlSandbox, sql: string, orderByNames: string[] | undefined, references: Map<string, QueryResult>): Promise<boolean> {
  for (const [key, expected] of references) {
    const outcome = await sandbox.run(key, sql, { maxRows: 100_000 })
    // A mutant that fails to run (or runs away) is told apart by any grader.
    if (!outcome.ok) return true
    const orderBy = orderByNames?.map((name) => expected.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase()))
    const actual = { columns: outcome.result.columns, rows: outcome.result.rows }
    if (!compareResultSets(expected, actual, { orderBy: orderBy?.every((i) => i >= 0) ? orderBy : undefined }).equal) return true
  }
  return false
}
