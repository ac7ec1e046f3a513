import { compareResultSets } from '../compare/compare-result-sets'
import type { Comparison } from '../compare/types'
import type { Check, Diagnosis, Grade, QueryResult, ResultDiff, RunOutcome, SqlFailure } from '../types'
import { diagnosePattern } from './patterns'
import { describeDifference, describeFailure, describeNameNote, summarizeDifference, summarizeFailure } from './describe-difference'
import { VISIBLE_DATASET, countOf, isHiddenDataset, listInWords, nameDataset, nameDatasetAtStart, nameDatasets } from './datasets'
import { KNOWN_MISTAKE_PREFIX } from '../feedback-words'

/**
 * A known-wrong answer as grading needs it. The scenarios' `WrongAnswer` has this shape; it is
 * restated here so the engine does not depend on the scenarios layer.
 */
export interface KnownMistake {
  name: string
  /** Phrased to the learner: "your MAU counts user-days, not users". */
  mistake: string
  hint: string
}

/** One dataset's reference result, the answer's run, and the known-wrong answers' runs. */
export interface SqlDatasetRun {
  /** `visible`, `hidden-1`, `hidden-2`, ... */
  key: string
  expected: QueryResult
  actual: RunOutcome
  knownWrong: Array<{ answer: KnownMistake; outcome: RunOutcome }>
}

export interface GradeSqlInput {
  exerciseTitle?: string
  /** Output column names of the reference that fix the row order; undefined = any order. */
  orderBy?: string[]
  /** Output columns that identify a row (the natural key); defaults to the first column. */
  key?: string[]
  /** The learner's SQL text: pattern rules read its shape (joins, filters, ORDER BY). */
  answer?: string
  /** The reference's SQL text, for rules that compare shapes (a `>` where the reference has `>=`). */
  reference?: string
  datasets: SqlDatasetRun[]
}

type Evaluation =
  | { run: SqlDatasetRun; status: 'pass'; comparison: Comparison; actual: QueryResult }
  | { run: SqlDatasetRun; status: 'fail'; comparison: Comparison; actual: QueryResult; mistake?: KnownMistake }
  | { run: SqlDatasetRun; status: 'error'; failure: SqlFailure }

/**
 * Grades a SQL answer that has already been run on every dataset. Accepted only when the
 * answer's result equals the reference's on every dataset (see `compareResultSets`).
 * Feedback, most useful first: a run failure (with line and dialect hint); a known mistake the
 * result reproduces; the difference on the first failing dataset (rows for the visible one,
 * words and counts for hidden ones); the other failing datasets; column-name notes.
 * One check per dataset (`dataset:<key>`); score = share of datasets passed.
 *
 * @throws Error when `datasets` is empty or `orderBy` names a column the reference lacks:
 *   both are mistakes in the exercise, not in the answer.
 */
export function gradeSqlAnswer(input: GradeSqlInput): Grade {
  if (input.datasets.length === 0) throw new Error('gradeSqlAnswer: no datasets to grade on')
  const evaluations = input.datasets.map((run) => evaluate(run, input.orderBy))
  const passed = evaluations.filter((e) => e.status === 'pass').length
  const checks = evaluations.map((e) => toCheck(e, input.key))
  const withResult = evaluations.find((e) => e.status !== 'error')
  const notes = withResult ? withResult.comparison.nameNotes.map(describeNameNote) : []

  if (passed === evaluations.length) {
    return { verdict: 'accepted', score: 100, checks, feedback: [describeAcceptance(input), ...notes] }
  }
  const failing = evaluations.filter((e) => e.status !== 'pass')
  const feedback: string[] = []
  const described = new Set<Evaluation>()

  const errors = failing.filter((e): e is Extract<Evaluation, { status: 'error' }> => e.status === 'error')
  if (errors.length > 0) {
    const first = errors[0]
    // The same error everywhere is said once; a caller may also stop at the first failure.
    const same = errors.length === evaluations.length && errors.length > 1 && errors.every((e) => sameFailure(e.failure, first.failure))
    feedback.push(describeFailure(first.failure, same ? 'on every dataset' : `on ${nameDataset(first.run.key)}`, first.run.expected.rows.length))
    for (const e of same ? errors : [first]) described.add(e)
  }

  const mistaken = failing.find((e) => e.status === 'fail' && e.mistake)
  let diagnosis: Diagnosis | undefined
  if (mistaken && mistaken.status === 'fail' && mistaken.mistake) {
    // The concept comes with the first rejection; its fix waits in `diagnosis.fix` (tiered feedback).
    const { name, mistake, hint } = mistaken.mistake
    feedback.push(`${KNOWN_MISTAKE_PREFIX}${withoutFullStop(mistake)}.`)
    diagnosis = { id: `mistake:${name}`, source: 'known-mistake', concept: withFullStop(mistake), ...(hint ? { fix: withFullStop(hint) } : {}) }
  }

  const primary = pickDiffDataset(failing)
  if (primary) {
    feedback.push(...describeDifference(primary.comparison, { key: primary.run.key, expected: primary.run.expected, actual: primary.actual, orderByNames: input.orderBy, keyNames: input.key }))
    described.add(primary)
    if (!diagnosis) {
      // No known mistake: the result's own shape may still name the concept (symptom first, then the idea).
      const finding = diagnosePattern({
        expected: primary.run.expected,
        actual: primary.actual,
        comparison: primary.comparison,
        hidden: isHiddenDataset(primary.run.key),
        orderByNames: input.orderBy,
        keyNames: input.key,
        answerSql: input.answer,
        referenceSql: input.reference,
      })
      if (finding) {
        feedback.push(`What this suggests: ${withFullStop(finding.concept)}`)
        diagnosis = { id: `pattern:${finding.rule}`, source: 'pattern', concept: withFullStop(finding.concept), ...(finding.fix ? { fix: withFullStop(finding.fix) } : {}) }
      }
    }
  }

  const others = failing.filter((e) => !described.has(e))
  if (others.length > 0) {
    // Datasets failing the same way are named together: "hidden datasets 1 and 2 (2 rows missing)".
    const bySummary = new Map<string, string[]>()
    for (const e of others) bySummary.set(summarize(e, input.key), [...(bySummary.get(summarize(e, input.key)) ?? []), e.run.key])
    feedback.push(`It also fails on ${listInWords([...bySummary].map(([summary, keys]) => `${nameDatasets(keys)} (${summary})`))}.`)
  }
  const visible = evaluations.find((e) => e.run.key === VISIBLE_DATASET)
  // Only a wrong result points at an edge case; a timeout on a hidden dataset is about speed.
  if (visible?.status === 'pass' && failing.every((e) => isHiddenDataset(e.run.key)) && failing.some((e) => e.status === 'fail')) {
    feedback.push(
      'Your query matches the visible dataset, so the difference lies in a case the visible rows do not show. ' +
        'Hidden datasets hold duplicates, NULLs, rows just outside each window, entities with no activity, and ties.',
    )
  }
  feedback.push(...notes)

  const grade: Grade = { verdict: 'rejected', score: Math.floor((100 * passed) / evaluations.length), checks, feedback }
  if (primary) grade.diff = toDiff(primary)
  if (diagnosis) grade.diagnosis = diagnosis
  return grade
}

function evaluate(run: SqlDatasetRun, orderByNames: readonly string[] | undefined): Evaluation {
  if (!run.actual.ok) return { run, status: 'error', failure: run.actual.failure }
  const orderBy = orderByNames === undefined ? undefined : resolveOrderBy(orderByNames, run.expected.columns)
  const actual = run.actual.result
  const comparison = compareResultSets(run.expected, actual, { orderBy })
  if (comparison.equal) return { run, status: 'pass', comparison, actual }
  // A known-wrong answer only says something on a dataset where it is itself wrong.
  const mistake = run.knownWrong.find(
    ({ outcome }) =>
      outcome.ok &&
      !compareResultSets(run.expected, outcome.result, { orderBy }).equal &&
      compareResultSets(outcome.result, actual, { orderBy }).equal,
  )?.answer
  return { run, status: 'fail', comparison, actual, mistake }
}

/** ORDER BY names of the reference -> positions; exact name first, then case-insensitively. */
function resolveOrderBy(names: readonly string[], columns: readonly string[]): number[] {
  return names.map((name) => {
    let i = columns.indexOf(name)
    if (i < 0) i = columns.findIndex((c) => c.toLowerCase() === name.toLowerCase())
    if (i < 0) throw new Error(`gradeSqlAnswer: orderBy column "${name}" is not an output column of the reference (${columns.join(', ')})`)
    return i
  })
}

/** The visible dataset if it failed with a result, else the first hidden one that did. */
function pickDiffDataset(failing: Evaluation[]): Extract<Evaluation, { status: 'fail' }> | undefined {
  const withResult = failing.filter((e): e is Extract<Evaluation, { status: 'fail' }> => e.status === 'fail')
  return withResult.find((e) => e.run.key === VISIBLE_DATASET) ?? withResult[0]
}

function toDiff(e: Extract<Evaluation, { status: 'fail' }>): ResultDiff {
  // Copy only columns and rows: a sandbox result carries timing fields the UI must not diff.
  return {
    dataset: e.run.key,
    expected: { columns: e.run.expected.columns, rows: e.run.expected.rows },
    actual: { columns: e.actual.columns, rows: e.actual.rows },
    missing: e.comparison.missing,
    extra: e.comparison.extra,
  }
}

function toCheck(e: Evaluation, keyNames: readonly string[] | undefined): Check {
  const id = `dataset:${e.run.key}`
  const at = nameDatasetAtStart(e.run.key)
  if (e.status === 'pass') return { id, status: 'pass', message: `${at}: matches the expected result (${countOf(e.run.expected.rows.length, 'row')}).` }
  if (e.status === 'error') return { id, status: 'error', message: `${at}: ${summarizeFailure(e.failure)}.` }
  const mistake = e.mistake ? ` ${KNOWN_MISTAKE_PREFIX}${withoutFullStop(e.mistake.mistake)}.` : ''
  return { id, status: 'fail', message: `${at}: ${summarizeDifference(e.comparison, e.run.expected, e.actual, keyNames)}.${mistake}` }
}

function summarize(e: Evaluation, keyNames: readonly string[] | undefined): string {
  if (e.status === 'error') return summarizeFailure(e.failure)
  if (e.status === 'fail') return summarizeDifference(e.comparison, e.run.expected, e.actual, keyNames)
  return 'passes'
}

function describeAcceptance(input: GradeSqlInput): string {
  const hidden = input.datasets.filter((d) => isHiddenDataset(d.key)).length
  const hasVisible = input.datasets.length > hidden
  const where = [hasVisible ? 'the visible dataset' : '', hidden === 0 ? '' : hidden === 1 ? 'the hidden dataset' : hidden === 2 ? 'both hidden datasets' : `all ${hidden} hidden datasets`]
    .filter(Boolean)
    .join(' and on ')
  const what = input.exerciseTitle ? `your answer to "${input.exerciseTitle}"` : 'your result'
  return `Accepted: ${what} matches the expected result on ${where}.`
}

function sameFailure(a: SqlFailure, b: SqlFailure): boolean {
  return a.kind === b.kind && a.message === b.message && a.line === b.line
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '')
}

function withFullStop(text: string): string {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : t + '.'
}
