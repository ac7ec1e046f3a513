import type { Grade } from '../types'
import { computeExperimentMinimum, describeExperimentMinimum } from './experiment-plan'
import { scoreRubric, toGrade } from './score-rubric'
import type { Rubric, RubricResult } from './types'

/**
 * The one way a product-sense answer is graded (the page and the `grade` command both call it):
 * the rubric's coverage, plus, when the rubric has an experiment plan, the experiment-length
 * check against the helper's minimum. See README.md for how that check moves the verdict.
 */
export function gradeProductAnswer(rubric: Rubric, markdown: string): { result: RubricResult; grade: Grade } {
  const plan = rubric.experiment
  const minimum = plan ? computeExperimentMinimum(plan) : undefined
  const result = scoreRubric(
    rubric,
    markdown,
    plan && minimum
      ? { minimumExperimentDays: minimum.minimumDays, sampleSizeDays: minimum.sampleDays, experimentBasis: describeExperimentMinimum(plan, minimum) }
      : {},
  )
  return { result, grade: toGrade(result) }
}
