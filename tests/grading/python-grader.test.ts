/**
 * The Python grader's own logic, with a stand-in sandbox whose "learner" is the TypeScript
 * reference with one planted fault: it goes wrong on long inputs that only random cases have.
 */
import { describe, expect, it } from 'vitest'
import { getPythonGrading } from '../support/python-gradings'
import type { CaseRun, JsonValue, PythonCase, PythonRunOutcome } from '../../src/engine/python/types'
import { createPythonGrader } from '../../src/grading/python-grader'
import type { PythonSandbox } from '../../src/python-sandbox/protocol'
import { findExercise } from '../../src/scenarios/index'
import type { PythonExercise } from '../../src/scenarios/types'

const ID = 'feed-engagement/py-anomaly-detector'
const exercise = findExercise(ID)!.exercise as PythonExercise
const reference = getPythonGrading(ID).reference
const longestList = (c: PythonCase) => Math.max(0, ...c.steps.flatMap((s) => s.args.filter(Array.isArray).map((a) => (a as JsonValue[]).length)))

/** Answers like the reference, except that on inputs longer than `limit` it returns nothing. */
function faultySandbox(limit: number): PythonSandbox & { runs: number } {
  const sandbox = {
    runs: 0,
    status: 'ready' as const,
    start: async () => undefined,
    onStatus: () => () => undefined,
    dispose: () => undefined,
    async run(_code: string, cases: PythonCase[]): Promise<PythonRunOutcome> {
      sandbox.runs++
      const runs: CaseRun[] = cases.map((c) => ({
        caseId: c.id,
        stdout: '',
        steps: longestList(c) > limit ? [{ ok: true, value: [] }] : reference(c.steps),
      }))
      return { ok: true, runs, elapsedMs: 1 }
    },
  }
  return sandbox
}

describe('createPythonGrader', () => {
  it('accepts an answer that matches the reference everywhere, in one run', async () => {
    const sandbox = faultySandbox(Number.POSITIVE_INFINITY)
    const grade = await createPythonGrader(sandbox).grade(exercise, 'ok')
    expect(grade.verdict).toBe('accepted')
    expect(sandbox.runs).toBe(1)
  })

  it('shrinks a failing random case before reporting it', async () => {
    const cases = getPythonGrading(ID).cases
    const fixedLimit = Math.max(...[...cases.visible, ...cases.hidden].map(longestList))
    const sandbox = faultySandbox(fixedLimit)
    const grade = await createPythonGrader(sandbox, { randomSeed: 7 }).grade(exercise, 'faulty')
    expect(grade.verdict).toBe('rejected')
    const text = grade.feedback.join('\n')
    expect(text).toMatch(/shrunk from \d+ to \d+/)
    const [, from, to] = text.match(/shrunk from (\d+) to (\d+)/)!.map(Number)
    expect(to).toBeLessThan(from)
    expect(to).toBeGreaterThan(fixedLimit) // still a failing input, just smaller
  })
})
