import { describeValueDifference } from './compare-outcomes'
import type { PythonSignature } from './exercises'
import { formatStep, reprPython, stepName } from './format-python'
import type { CaseEvaluation } from './grade-python-answer'
import type { JsonValue, PythonCase, PythonRunOutcome, StepOutcome } from './types'

/** Characters of a value shown for "Expected" / "Got": enough to read, not a wall. */
const VALUE_BUDGET = 300
/** Characters of one input shown in full on its "Input" line; a larger one is cut, saying how many entries were left out. */
const INPUT_SHOWN = 1500
/** Earlier steps of a class case listed before the failing one. */
const EARLIER_SHOWN = 5
/** Printed output shown: its end, where the last prints before the failure are. */
const STDOUT_SHOWN = 500

/**
 * Sentences for the first failing case: which case, the statement's rule it checks (when the
 * case carries one), the call (whole when it is short enough to read; otherwise its long
 * arguments are abbreviated and each shown on its own "Input" line, cut only when large, with
 * the number of entries left out), what was expected and what came back, where the two differ,
 * an exception's type, message and line, and what the code printed.
 */
export function describeCaseFailure(e: CaseEvaluation, exercise: PythonSignature, position: number): string[] {
  const lines: string[] = []
  const steps = e.case.steps
  const i = e.failedStep
  const step = steps[i]
  const params = exercise.parameters[stepName(step)] ?? []
  const failing = formatStep(step, params)
  const where = `${groupWord(e.case.visibility)} case ${position}, "${e.case.label}"`
  const graded = steps.filter((s) => s.kind !== 'construct').length
  const rule = e.case.rule ? [`The rule it checks: "${withoutFullStop(e.case.rule)}."`] : []
  if (steps.length === 1) {
    lines.push(`It fails ${where}.`, ...rule, `Call: ${failing.text}`)
  } else {
    lines.push(`It fails ${where}, at call ${i + 1} of ${steps.length}.`, ...rule)
    const earlier = steps.slice(0, i).map((s) => formatStep(s, exercise.parameters[stepName(s)] ?? []).text)
    const skipped = earlier.length > EARLIER_SHOWN ? [`… ${earlier.length - EARLIER_SHOWN} earlier calls`] : []
    const shown = [...skipped, ...earlier.slice(-EARLIER_SHOWN), `${failing.text}  <- this call`]
    lines.push(`Calls: ${shown.join('; ')}`)
    if (graded === 0) lines.push('Only constructing the object is checked in this case.')
  }
  for (const a of failing.abbreviated) lines.push(`Input: ${a.name} = ${reprPython(a.value, INPUT_SHOWN)}`)
  lines.push(...describeOutcomes(e.expected[i], e.run?.steps[i], e.run !== undefined))
  const printed = e.run?.stdout.trim() ?? ''
  if (printed) {
    const tail = printed.length > STDOUT_SHOWN ? '…' + printed.slice(-STDOUT_SHOWN) : printed
    lines.push(`Your code printed: ${tail}`)
  }
  return lines
}

function describeOutcomes(expected: StepOutcome | undefined, actual: StepOutcome | undefined, ran: boolean): string[] {
  if (!ran) return ['The sandbox returned no result for this case, so it could not be checked.']
  if (!actual) return [`Your code produced no result for this call${expected?.ok ? `; expected ${reprPython(expected.value, VALUE_BUDGET)}` : ''}.`]
  if (!expected) return ['Your code made a call the case does not have; this is a bug in the grader, please report it.']
  if (!actual.ok) {
    const raised = `Your code raised ${actual.error.type}${actual.error.message ? `: ${actual.error.message}` : ''}${actual.error.line === undefined ? '' : ` (line ${actual.error.line})`}.`
    if (expected.ok) return [raised, `Expected: ${inWords(expected.value)}`]
    return [raised, `Expected ${expected.error.type} instead.`]
  }
  if (!expected.ok) return [`Expected this call to raise ${expected.error.type}, but it ${returned(actual.value)}.`]
  return [`Expected: ${inWords(expected.value)}`, `Got: ${inWords(actual.value)}`, ...describeValueDifference(expected.value, actual.value)]
}

/** A short phrase for check messages: "raised KeyError at line 12", "returned a different value". */
export function summarizeCaseFailure(e: CaseEvaluation): string {
  if (!e.run) return 'not run'
  const actual = e.run.steps[e.failedStep]
  if (!actual) return 'no result'
  if (!actual.ok) return `raised ${actual.error.type}${actual.error.line === undefined ? '' : ` at line ${actual.error.line}`}`
  return e.expected[e.failedStep]?.ok === false ? 'returned instead of raising' : 'returned a different value'
}

/** The sentence for a run that failed as a whole, so no case could be checked. */
export function describeRunFailure(failure: Extract<PythonRunOutcome, { ok: false }>['failure'], exercise: PythonSignature): string {
  const message = failure.message.trim().replace(/[.]+$/, '')
  const line = failure.line === undefined ? '' : ` at line ${failure.line}`
  switch (failure.kind) {
    case 'syntax':
      return `Your code has a syntax error${line}: ${message}. Nothing could run; fix that line, then run again.`
    case 'missing-name': {
      const named = exercise.functionNames.filter((n) => failure.message.includes(n))
      const missing = named.length > 0 ? named : exercise.functionNames
      return (
        `Your code does not define ${missing.join(' or ')}, which the grader calls. ` +
        'Keep the name exactly as the starter code has it (names are case-sensitive), at the top level of your code, not inside another function.'
      )
    }
    case 'timeout': {
      const limit = failure.message.match(/\d+(?:\.\d+)?\s*(?:s|seconds?)\b/)?.[0]
      return (
        `Your code ran past the time limit${limit ? ` (${limit})` : ''} and was stopped, so no case could be checked. ` +
        'Look for a loop that never ends (a while loop whose condition never changes) or work repeated for every pair of events.'
      )
    }
    case 'forbidden':
      // The sandbox's own sentence names what was reached for and what to do instead.
      return withStop(failure.message)
    case 'memory':
      return `Your code ran out of memory and was stopped (${message}). Look for a list or dict that grows without bound.`
    case 'crash':
      // The harness's own sentence when the answer raised while loading (SystemExit at the top level, say):
      // the learner's error, not the sandbox's.
      if (/^Your code raised /.test(failure.message)) return withStop(failure.message)
      return `The Python sandbox stopped unexpectedly (${message}); your code was not graded. Run it again.`
    default:
      return `The Python sandbox stopped unexpectedly (${message}); your code was not graded. Run it again.`
  }
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '')
}

function withStop(text: string): string {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : t + '.'
}

/**
 * The word a learner reads for a case group. The cases Run shows are "example" cases: the
 * statement shows one or two of them, so "3 visible cases" would count cases the learner
 * cannot find in it; Run and the feedback both say "example".
 */
export function groupWord(group: PythonCase['visibility']): string {
  return group === 'visible' ? 'example' : group
}

/** A value, or "nothing (the call returns None)" for a call that returns nothing. */
function inWords(value: JsonValue): string {
  return value === null ? 'nothing (the call returns None)' : reprPython(value, VALUE_BUDGET)
}

function returned(value: JsonValue): string {
  return value === null ? 'returned nothing (None)' : `returned ${reprPython(value, VALUE_BUDGET)}`
}
