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
  /**
   * Time limit of our own queries (references, known-wrong answers), default 60 s: they are
   * known to finish, and on a loaded machine one may need more than an answer's limit.
   */
  trustedTimeoutMs?: number
  /**
   * Remembers the outcomes of our own queries (references, known-wrong answers) across
   * graders, e.g. on disk for the `grade` command. Never sees a learner's answer.
   */
  cache?: TrustedRunCache
}

/** Outcomes of trusted SQL (a reference, a known-wrong answer) by dataset and text. */
export interface TrustedRunCache {
  get(dataset: string, sql: string): RunOutcome | undefined
  set(dataset: string, sql: string, outcome: RunOutcome): void
}

type KnownWrongRun = DatasetBaseline['knownWrong'][number]

/** What grading needs from one dataset, computed once per exercise. */
interface DatasetBaseline {
  key: string
  expected: QueryResult
  knownWrong: Array<{ answer: WrongAnswer; outcome: RunOutcome }>
}

/**
 * Glue between the sandbox (which runs SQL) and the engine (which judges results).
 * The reference's and the known-wrong answers' results are cached per exercise, so a
 * Submit costs one run of the learner's query per dataset plus a comparison. `grade` runs
 * the known-wrong answers only on the datasets where the answer is wrong (they only ever
 * name a mistake there), so an accepted answer never waits for them; `prepare` runs them
 * everywhere ahead of time, as the app does while the learner reads the statement.
 */
export function createSqlGrader(sandbox: SqlSandbox, options: SqlGraderOptions): SqlGrader {
  const references = new Map<string, Promise<QueryResult[]>>()
  const knownWrong = new Map<string, Promise<KnownWrongRun[]>>()
  const runOptions = { maxRows: GRADING_ROW_LIMIT, timeoutMs: options.timeoutMs }
  const trustedOptions = { maxRows: GRADING_ROW_LIMIT, timeoutMs: Math.max(options.trustedTimeoutMs ?? 60_000, options.timeoutMs ?? 0) }

  const runOne = async (key: string, sql: string, trusted = false): Promise<RunOutcome> => {
    const outcome = await sandbox.run(key, sql, trusted ? trustedOptions : runOptions)
    return outcome.ok ? { ok: true, result: { columns: outcome.result.columns, rows: outcome.result.rows } } : outcome
  }

  /** Our own SQL: answered from the cache when it has the outcome. A timeout is never cached. */
  const runTrusted = async (key: string, sql: string): Promise<RunOutcome> => {
    const cached = options.cache?.get(key, sql)
    if (cached) return cached
    const outcome = await runOne(key, sql, true)
    if (outcome.ok || outcome.failure.kind !== 'timeout') options.cache?.set(key, sql, outcome)
    return outcome
  }

  /**
   * Runs the learner's `sql` on each dataset in turn (the sandbox is a single worker, and a
   * timeout restarts it). The first failure ends the run: a query that fails or times out on
   * one dataset would do so on the others, and the learner should not wait three time limits
   * for one message.
   */
  const runAnswer = async (sql: string): Promise<RunOutcome[]> => {
    const outcomes: RunOutcome[] = []
    for (const key of options.datasetKeys) {
      const outcome = await runOne(key, sql)
      outcomes.push(outcome)
      if (!outcome.ok) break
    }
    return outcomes
  }

  /** One promise per key, dropped when it fails so the next call retries (e.g. after a sandbox restart). */
  const once = <T>(map: Map<string, Promise<T>>, id: string, compute: () => Promise<T>): Promise<T> => {
    let pending = map.get(id)
    if (!pending) {
      pending = compute()
      pending.catch(() => map.delete(id))
      map.set(id, pending)
    }
    return pending
  }

  const referenceOf = (exercise: SqlExercise): Promise<QueryResult[]> =>
    once(references, exercise.id, async () => {
      const results: QueryResult[] = []
      for (const key of options.datasetKeys) {
        const outcome = await runTrusted(key, exercise.reference)
        if (!outcome.ok) throw new Error(`The reference answer of ${exercise.id} fails on the ${key} dataset: ${outcome.failure.message}`)
        results.push(outcome.result)
      }
      return results
    })

  const knownWrongOn = (exercise: SqlExercise, key: string): Promise<KnownWrongRun[]> =>
    once(knownWrong, `${exercise.id}\n${key}`, async () => {
      const runs: KnownWrongRun[] = []
      for (const answer of await exercise.loadWrongAnswers()) runs.push({ answer, outcome: await runTrusted(key, answer.sql) })
      return runs
    })

  const gradeWith = (exercise: SqlExercise, answer: string, expected: QueryResult[], actual: RunOutcome[], wrong: Map<string, KnownWrongRun[]>) =>
    gradeSqlAnswer({
      exerciseTitle: exercise.title,
      orderBy: exercise.orderBy,
      key: exercise.key,
      answer,
      reference: exercise.reference,
      // After a failure the remaining datasets were not run; they are left out.
      datasets: actual.map((outcome, i) => {
        const key = options.datasetKeys[i]
        return { key, expected: expected[i], knownWrong: wrong.get(key) ?? [], actual: outcome }
      }),
    })

  return {
    async prepare(exercise) {
      await referenceOf(exercise)
      for (const key of options.datasetKeys) await knownWrongOn(exercise, key)
    },
    async grade(exercise, answer) {
      const expected = await referenceOf(exercise)
      const actual = await runAnswer(answer)
      const first = gradeWith(exercise, answer, expected, actual, new Map())
      // A known-wrong answer only names a mistake where the answer's result differs from ours.
      const failing = first.checks.filter((c) => c.status === 'fail').map((c) => c.id.replace(/^dataset:/, ''))
      if (first.verdict === 'accepted' || failing.length === 0) return first
      const wrong = new Map<string, KnownWrongRun[]>()
      for (const key of failing) wrong.set(key, await knownWrongOn(exercise, key))
      return gradeWith(exercise, answer, expected, actual, wrong)
    },
  }
}
