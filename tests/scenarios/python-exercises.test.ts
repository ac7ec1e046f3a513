/**
 * Every Python exercise registered in the scenarios, graded in one in-process Pyodide
 * (loaded once: it takes a few seconds) through python-runner.ts, the code the worker runs:
 * - the correct answers in src/scenarios/<scenario-id>/<slug>.alt/*.py,
 *   written in different styles, are accepted on every Submit case (visible, hidden, random);
 * - every known-wrong answer (<slug>.wrong/*.py) is rejected, and when the grader has the
 *   known-wrong runs its own mistake is named in the feedback;
 * - an answer that raises, one that returns the wrong shape and one that defines nothing are
 *   rejected with a plain sentence.
 */
import { readScenarioAnswers } from '../../src/cli/scenario-answers'
import { loadPyodide } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSubmitCases } from '../../src/engine/python/exercises'
import { getPythonGrading } from '../support/python-gradings'
import { gradePythonAnswer } from '../../src/engine/python/grade-python-answer'
import type { PythonCase, PythonRunOutcome } from '../../src/engine/python/types'
import { createPythonGrader, type PythonGrader } from '../../src/grading/python-grader'
import type { PythonSandbox } from '../../src/python-sandbox/protocol'
import { createPythonRunner, type PythonRunner } from '../../src/python-sandbox/python-runner'
import { allExercises } from '../../src/scenarios/index'
import type { PythonExercise } from '../../src/scenarios/types'

let runner: PythonRunner
let grader: PythonGrader

beforeAll(async () => {
  runner = createPythonRunner(await loadPyodide({ stdout: () => {}, stderr: () => {} }))
  const sandbox: PythonSandbox = {
    run: async (code: string, cases: PythonCase[], options) => runner.run(code, cases, options?.requiredNames),
    start: async () => {},
    status: 'ready' as PythonSandbox['status'],
    onStatus: () => () => {},
    dispose: () => {},
  }
  grader = createPythonGrader(sandbox)
})

const pythonExercises = allExercises().filter((e): e is PythonExercise => e.kind === 'python')

function alternatives(exercise: PythonExercise): Array<{ name: string; code: string }> {
  const [scenarioId, slug] = exercise.id.split('/')
  return readScenarioAnswers(scenarioId, slug, 'alt', '.py').map((f) => ({ name: f.name, code: f.text }))
}

function grade(exercise: PythonExercise, code: string) {
  const cases = buildSubmitCases(getPythonGrading(exercise.id))
  const learner: PythonRunOutcome = runner.run(code, cases, getPythonGrading(exercise.id).functionNames)
  return gradePythonAnswer({ exercise: getPythonGrading(exercise.id), cases, learner })
}

const isClass = (name: string) => /^[A-Z]/.test(name)

/** Defines every required name; each function or method body is `body`. */
function answerWhose(exercise: PythonExercise, body: string): string {
  return getPythonGrading(exercise.id).functionNames
    .map((name: string) =>
      isClass(name)
        ? `class ${name}:\n    def __init__(self, *args, **kwargs):\n        pass\n\n    def __getattr__(self, name):\n        def method(*args, **kwargs):\n            ${body}\n        return method\n`
        : `def ${name}(*args, **kwargs):\n    ${body}\n`,
    )
    .join('\n')
}

it('registers Python exercises', () => {
  expect(pythonExercises.length).toBeGreaterThan(0)
})

// Loaded up front: the cases below are listed per known-wrong answer when the file is collected.
const wrongAnswersOf = new Map(await Promise.all(pythonExercises.map(async (e) => [e.id, await e.loadWrongAnswers()] as const)))

describe.each(pythonExercises.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
  const wrongAnswers = wrongAnswersOf.get(exercise.id)!
  it('has a statement, three hints and at least three known-wrong answers with a mistake and a hint', () => {
    expect(exercise.statement.length).toBeGreaterThan(200)
    expect(exercise.hints).toHaveLength(3)
    expect(wrongAnswers.length).toBeGreaterThanOrEqual(3)
    for (const wrong of wrongAnswers) {
      expect(wrong.mistake, wrong.name).not.toBe('')
      expect(wrong.hint, wrong.name).not.toBe('')
    }
  })

  const alts = alternatives(exercise)
  it('has at least two correct answers in tests', () => {
    expect(alts.length).toBeGreaterThanOrEqual(2)
  })

  it.each(alts.map((a) => [a.name, a.code] as const))('accepts %s', (_name, code) => {
    const result = grade(exercise, code)
    expect(result.feedback.join('\n'), result.feedback.join('\n')).toMatch(/^Accepted/)
    expect(result.verdict).toBe('accepted')
    expect(result.score).toBe(100)
  })

  it.each(wrongAnswers.map((w) => [w.name, w] as const))('rejects the known-wrong %s and names its mistake', async (_name, wrong) => {
    const plain = grade(exercise, wrong.code)
    expect(plain.verdict).toBe('rejected')
    const named = await grader.grade(exercise, wrong.code)
    expect(named.verdict).toBe('rejected')
    expect(named.feedback.join('\n')).toContain(wrong.mistake.replace(/[.!]+$/, ''))
  })

  it('rejects an answer that raises, saying what it raised', () => {
    const result = grade(exercise, answerWhose(exercise, "raise ValueError('not done yet')"))
    expect(result.verdict).toBe('rejected')
    expect(result.feedback.join('\n')).toContain('Your code raised ValueError: not done yet')
  })

  it('rejects an answer that returns the wrong shape, showing expected and got', () => {
    const result = grade(exercise, answerWhose(exercise, "return [['wrong', 'shape']]"))
    expect(result.verdict).toBe('rejected')
    const text = result.feedback.join('\n')
    expect(text).toMatch(/Expected/)
    expect(text).toContain("[['wrong', 'shape']]")
  })

  it('rejects an answer that defines nothing, naming what is missing', () => {
    const result = grade(exercise, '# nothing here yet\n')
    expect(result.verdict).toBe('rejected')
    expect(result.score).toBe(0)
    expect(result.feedback.join('\n')).toContain(`does not define ${getPythonGrading(exercise.id).functionNames[0]}`)
  })
})
