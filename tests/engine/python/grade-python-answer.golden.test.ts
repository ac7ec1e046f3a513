import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gradePythonAnswer, type GradePythonInput } from '../../../src/engine/python/grade-python-answer'
import { getPythonGrading } from '../../support/python-gradings'

/**
 * Golden files: what a learner reads for each kind of Python answer. Each folder under
 * fixtures/ holds an `input.json` (a GradePythonInput, with the exercise named by `exerciseId`;
 * expected values come from the TypeScript references at grading time) and the `grade.json` gradePythonAnswer must return.
 * Write missing goldens with UPDATE_GOLDENS=1 npx vitest run tests/engine/python, then read them.
 */
const root = join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

describe('gradePythonAnswer golden fixtures', () => {
  it('has the cases the feedback spec needs', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['accepted', 'wrong-value-in-dict', 'missing-key', 'list-order', 'exception-with-line', 'timeout', 'syntax-error', 'missing-function', 'known-mistake-named']),
    )
  })

  for (const name of cases) {
    it(name, () => {
      const { exerciseId, ...input } = JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')) as Omit<GradePythonInput, 'exercise'> & { exerciseId: string }
      const grade = gradePythonAnswer({ ...input, exercise: getPythonGrading(exerciseId) })
      const goldenPath = join(root, name, 'grade.json')
      if (process.env.UPDATE_GOLDENS && !existsSync(goldenPath)) writeFileSync(goldenPath, JSON.stringify(grade, null, 2) + '\n')
      expect(JSON.parse(JSON.stringify(grade))).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')))
    })
  }

  // The statement shows one or two examples, Run shows every case it calls "example": feedback
  // counts those, never "3 visible cases" a learner cannot find on the page.
  it('calls the cases Run shows "example cases" in every message, never "visible"', () => {
    for (const name of cases) {
      const { exerciseId, ...input } = JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')) as Omit<GradePythonInput, 'exercise'> & { exerciseId: string }
      const grade = gradePythonAnswer({ ...input, exercise: getPythonGrading(exerciseId) })
      const text = [...grade.feedback, ...grade.checks.map((c) => c.message)].join('\n')
      expect(text, name).not.toMatch(/visible/i)
      if (grade.checks.some((c) => c.id === 'cases:visible')) expect(text, name).toMatch(/[Ee]xample case/)
    }
  })
})
