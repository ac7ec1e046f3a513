import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gradeSqlAnswer, type GradeSqlInput } from '../../src/engine/sql/grade-sql-answer'

/**
 * Golden files are the spec of what a learner reads. Each folder under fixtures/ holds an
 * `input.json` (a GradeSqlInput) and the `grade.json` gradeSqlAnswer must return for it.
 * To write missing goldens after adding a case: UPDATE_GOLDENS=1 npx vitest run tests/engine,
 * then read every new grade.json as a learner would before committing it.
 */
const root = join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

describe('gradeSqlAnswer golden fixtures', () => {
  it('has the cases the feedback spec needs', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'accepted', 'accepted-with-name-note', 'missing-rows', 'extra-rows', 'wrong-order', 'ties-any-order-accepted', 'column-count',
        'value-difference', 'known-mistake-named', 'sql-error-with-line', 'timeout', 'hidden-dataset-fails',
      ]),
    )
  })

  for (const name of cases) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')) as GradeSqlInput
      const grade = gradeSqlAnswer(input)
      const goldenPath = join(root, name, 'grade.json')
      if (process.env.UPDATE_GOLDENS && !existsSync(goldenPath)) writeFileSync(goldenPath, JSON.stringify(grade, null, 2) + '\n')
      expect(JSON.parse(JSON.stringify(grade))).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')))
    })
  }
})
