import { gradeSqlAnswer } from '../engine/sql/grade-sql-answer'
import type { Grade, QueryResult, RunOutcome } from '../engine/types'
import { GRADING_ROW_LIMIT, type SqlSandbox } from '../sql-sandbox/protocol'
import type { SqlExercise, WrongAnswer } from '../scenarios/types'

/** Grades SQL answers of one scenario on every dataset loaded into `sandbox`. */
export interface SqlGrader {
  /** Loads the known-wrong answers, runs them and the reference on every dataset once; later grades reuse them. */
  prepare(exercise: SqlExercise): Promise<void>
  /** Runs `answer` on every dataset and returns the engine's verdict. */
  grade(exercise: SqlExercise, answer: string): Promise<Grade>
}

export interface SqlGraderOptions {
  /** Keys of the datasets loaded into the sandbox, visible first. */
  datasetKeys: string[]
  timeoutMs?: number
}

/** What grading needs from one dataset, computed once per exercise. */
interface DatasetBaseline {
  key: string
  expected: QueryResult
  knownWrong: Array<{ answer: WrongAnswer; outcome: RunOutcome }>
}

/**
 * Glue between the sandbox (which runs SQL) and the engine (which judges results).
 * The reference's and the known-wrong answers' results are cached per exercise, so a
 * Submit costs one run of the learner's query per dataset plus a comparison.
 */
export function createSqlGrader(sandbox: SqlSandbox, options: SqlGraderOptions): SqlGrader {
  const baselines = new Map<string, Promise<DatasetBaseline[]>>()
  const runOptions = { maxRows: GRADING_ROW_LIMIT, timeoutMs: options.timeoutMs }

  /**
   * Runs `sql` on each dataset in turn (the sandbox is a single worker, and a timeout
   * restarts it). With `stopAtFailure`, the first failure ends the run: a query that
   * fails or times out on one dataset would do so on the others, and the learner should
   * not wait three time limits for one message.
   */
  const runEverywhere = async (sql: string, stopAtFailure = false): Promise<RunOutcome[]> => {
    const outcomes: RunOutcome[] = []
    for (const key of options.datasetKeys) {
      const outcome = await sandbox.run(key, sql, runOptions)
      outcomes.push(outcome.ok ? { ok: true, result: { columns: outcome.result.columns, rows: outcome.result.rows } } : outcome)
      if (!outcome.ok && stopAtFailure) break
    }
    return outcomes
  }

  const computeBaselines = async (exercise: SqlExercise): Promise<DatasetBaseline[]> => {
    const reference = await runEverywhere(exercise.reference)
    const wrong: Array<{ answer: WrongAnswer; outcomes: RunOutcome[] }> = []
    for (const answer of await exercise.loadWrongAnswers()) wrong.push({ answer, outcomes: await runEverywhere(answer.sql) })
    return options.datasetKeys.map((key, i) => {
      const outcome = reference[i]
      if (!outcome.ok) {
        throw new Error(`The reference answer of ${exercise.id} fails on the ${key} dataset: ${outcome.failure.message}`)
      }
      return {
        key,
        expected: outcome.result,
        knownWrong: wrong.map((w) => ({ answer: w.answer, outcome: w.outcomes[i] })),
      }
    })
  }

  const baselineOf = (exercise: SqlExercise): Promise<DatasetBaseline[]> => {
    let pending = baselines.get(exercise.id)
    if (!pending) {
      pending = computeBaselines(exercise)
      // A failed preparation (e.g. a sandbox restart mid-way) is retried on the next call.
      pending.catch(() => baselines.delete(exercise.id))
      baselines.set(exercise.id, pending)
    }
    return pending
  }

  return {
    async prepare(exercise) {
      await baselineOf(exercise)
    },
    async grade(exercise, answer) {
      const baseline = await baselineOf(exercise)
      const actual = await runEverywhere(answer, true)
      return gradeSqlAnswer({
        exerciseTitle: exercise.title,
        orderBy: exercise.orderBy,
        key: exercise.key,
        answer,
        reference: exercise.reference,
        // After a failure the remaining datasets were not run; they are left out.
        datasets: actual.map((outcome, i) => ({ ...baseline[i], actual: outcome })),
      })
    },
  }
}
