import type { Check, CheckStatus, Diagnosis, Grade } from '../types'
import { firstDifferentStep, outcomeEqual } from './compare-outcomes'
import { describeCaseFailure, describeRunFailure, groupWord, summarizeCaseFailure } from './describe-python-failure'
import type { PythonGrading } from './exercises'
import { formatCaseSnippet } from './format-python'
import type { CaseRun, PythonCase, PythonRunOutcome, StepOutcome } from './types'
import { KNOWN_MISTAKE_PREFIX } from '../feedback-words'

/** A known-wrong Python answer with its runs on the same cases as the learner's. */
export interface KnownWrongPythonRun {
  name: string
  /** Phrased to the learner: "your drop divides by a zero baseline". */
  mistake: string
  hint: string
  runs: CaseRun[]
}

export interface GradePythonInput {
  /** The exercise's signature, cases and reference (from its scenario folder). */
  exercise: PythonGrading
  /** The cases that were run, in the order they are reported: visible, hidden, random. */
  cases: PythonCase[]
  learner: PythonRunOutcome
  knownWrong?: KnownWrongPythonRun[]
}

/** One case graded: the reference's outcomes next to the learner's. */
export interface CaseEvaluation {
  case: PythonCase
  expected: StepOutcome[]
  run: CaseRun | undefined
  /** Index of the first step that differs; -1 when the case passes. */
  failedStep: number
  mistake?: KnownWrongPythonRun
}

const GROUPS: Array<PythonCase['visibility']> = ['visible', 'hidden', 'random']

/**
 * Grades a Python answer that the sandbox has already run on `cases`. Each case's outcomes are
 * compared step by step with the TypeScript reference's (numbers within 1e-6, dict key order
 * ignored, list order significant; a `construct` step only has to succeed). Accepted only when
 * every case passes. Feedback describes the first failing case (visible before hidden before
 * random): a known mistake it reproduces, the call, its input, expected and actual with where
 * they differ, an exception's type, message and line, and what the code printed.
 * One check per case group (`cases:visible`, `cases:hidden`, `cases:random`); score = share of
 * cases passed. A run that failed as a whole (syntax error, missing name, timeout) scores 0.
 *
 * @throws Error for an empty case list (a mistake of the caller).
 */
export function gradePythonAnswer(input: GradePythonInput): Grade {
  const { exercise } = input
  if (input.cases.length === 0) throw new Error('gradePythonAnswer: no cases to grade on')
  const groups = GROUPS.filter((g) => input.cases.some((c) => c.visibility === g))

  if (!input.learner.ok) {
    const { failure } = input.learner
    const sentence = describeRunFailure(failure, exercise)
    const checks = groups.map((g): Check => ({ id: `cases:${g}`, status: 'error', message: `${groupTitle(g)}: not run (${shortRunFailure(failure.kind)}).` }))
    return { verdict: 'rejected', score: 0, checks, feedback: [sentence] }
  }

  const runs = new Map(input.learner.runs.map((r) => [r.caseId, r]))
  const evaluations = input.cases.map((c) => evaluateCase(c, exercise.reference(c.steps), runs.get(c.id), input.knownWrong ?? []))
  const passed = evaluations.filter((e) => e.failedStep < 0).length
  const checks = groups.map((g) => groupCheck(g, evaluations.filter((e) => e.case.visibility === g)))

  if (passed === evaluations.length) {
    const counts = groups.map((g) => `${evaluations.filter((e) => e.case.visibility === g).length} ${groupWord(g)}`).join(', ')
    return { verdict: 'accepted', score: 100, checks, feedback: [`Accepted: your code gives the expected result on every case (${counts}).`] }
  }

  const failing = evaluations.filter((e) => e.failedStep >= 0)
  // A case the sandbox did not get to says nothing about the code; prefer one it ran.
  const first = [...failing].sort((a, b) => GROUPS.indexOf(a.case.visibility) - GROUPS.indexOf(b.case.visibility)).find((e) => e.run) ?? failing[0]
  const feedback: string[] = []
  let diagnosis: Diagnosis | undefined
  if (first.mistake) {
    // The concept now, the fix (its hint) on request or when the same mistake comes back.
    const { name, mistake, hint } = first.mistake
    feedback.push(`${KNOWN_MISTAKE_PREFIX}${withoutFullStop(mistake)}.`)
    diagnosis = { id: `mistake:${name}`, source: 'known-mistake', concept: withFullStop(mistake), ...(hint ? { fix: withFullStop(hint) } : {}) }
  }
  const position = evaluations.filter((e) => e.case.visibility === first.case.visibility).indexOf(first) + 1
  feedback.push(...describeCaseFailure(first, exercise, position))
  const others = failing.filter((e) => e !== first)
  if (others.length > 0) {
    const byGroup = GROUPS.map((g) => [g, others.filter((e) => e.case.visibility === g).length] as const).filter(([, n]) => n > 0)
    feedback.push(`It also fails ${others.length} other ${others.length === 1 ? 'case' : 'cases'} (${byGroup.map(([g, n]) => `${n} ${groupWord(g)}`).join(', ')}).`)
  }
  const grade: Grade = { verdict: 'rejected', score: Math.floor((100 * passed) / evaluations.length), checks, feedback }
  if (diagnosis) grade.diagnosis = diagnosis
  if (first.run) grade.snippet = formatCaseSnippet(first.case.steps, first.failedStep)
  return grade
}

/** Grades one case: the first differing step, and a known-wrong answer whose outcomes the learner's equal. */
export function evaluateCase(c: PythonCase, expected: StepOutcome[], run: CaseRun | undefined, knownWrong: readonly KnownWrongPythonRun[] = []): CaseEvaluation {
  if (!run) return { case: c, expected, run, failedStep: 0 }
  const failedStep = firstDifferentStep(c.steps, expected, run.steps)
  if (failedStep < 0) return { case: c, expected, run, failedStep }
  // A known-wrong answer only names a mistake on a case where it is itself wrong.
  const mistake = knownWrong.find((k) => {
    const theirs = k.runs.find((r) => r.caseId === c.id)
    return theirs !== undefined && firstDifferentStep(c.steps, expected, theirs.steps) >= 0 && sameOutcomes(c, theirs.steps, run.steps)
  })
  return { case: c, expected, run, failedStep, mistake }
}

/** True when a learner's run of one case fails against the reference: the shrinker's usual predicate. */
export function caseFails(exercise: Pick<PythonGrading, 'reference'>, c: PythonCase, run: CaseRun): boolean {
  return firstDifferentStep(c.steps, exercise.reference(c.steps), run.steps) >= 0
}

function sameOutcomes(c: PythonCase, a: readonly StepOutcome[], b: readonly StepOutcome[]): boolean {
  return a.length === b.length && a.every((o, i) => outcomeEqual(c.steps[i], o, b[i]))
}

function groupCheck(group: PythonCase['visibility'], evaluations: CaseEvaluation[]): Check {
  const failing = evaluations.filter((e) => e.failedStep >= 0)
  const id = `cases:${group}`
  if (failing.length === 0) return { id, status: 'pass', message: `${groupTitle(group)}: all ${evaluations.length} pass.` }
  const first = failing[0]
  const raised = first.run?.steps[first.failedStep]?.ok === false
  const status: CheckStatus = raised || !first.run ? 'error' : 'fail'
  return {
    id,
    status,
    message: `${groupTitle(group)}: ${failing.length} of ${evaluations.length} fail; the first is "${first.case.label}" (${summarizeCaseFailure(first)}).`,
  }
}

function groupTitle(group: PythonCase['visibility']): string {
  const word = groupWord(group)
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} cases`
}


function shortRunFailure(kind: string): string {
  return kind === 'syntax' ? 'syntax error' : kind === 'missing-name' ? 'a required name is missing' : kind === 'timeout' ? 'time limit' : kind === 'memory' ? 'out of memory' : kind === 'forbidden' ? 'it reached outside the sandbox' : 'the sandbox crashed'
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '')
}

function withFullStop(text: string): string {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : t + '.'
}
