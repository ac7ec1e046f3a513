import type { Grade } from '../types'
import { readStatedPlan } from './experiment-own-plan'
import { splitMarkdownSentences } from './markdown-sentences'
import { computeExperimentMinimum, describeExperimentMinimum } from './experiment-plan'
import { scoreRubric, toGrade } from './score-rubric'
import type { Rubric, RubricResult } from './types'

/**
 * The one way a product-sense answer is graded (the page and the `grade` command both call it):
 * the rubric's coverage, plus, when the rubric has an experiment plan, the experiment-length
 * check against the helper's minimum. See README.md for how that check moves the verdict.
 */
export function gradeProductAnswer(rubric: Rubric, markdown: string): { result: RubricResult; grade: Grade } {
  // The candidate's own split, arms and sample per arm, where the answer states them, on the
  // eligible units per day the statement gives: a plan is judged by the numbers it states.
  // Split once: the plan reader, the rubric and the length check all read these sentences.
  const sentences = splitMarkdownSentences(markdown)
  const stated = rubric.experiment ? readStatedPlan(sentences) : undefined
  const plan = rubric.experiment && stated ? { ...rubric.experiment, arms: stated.arms ?? rubric.experiment.arms, trafficShare: stated.trafficShare ?? rubric.experiment.trafficShare } : undefined
  const minimum = plan ? computeExperimentMinimum(plan, stated?.perArm) : undefined
  const result = scoreRubric(
    rubric,
    sentences,
    plan && minimum
      ? { minimumExperimentDays: minimum.minimumDays, sampleSizeDays: minimum.sampleDays, experimentBasis: describeExperimentMinimum(plan, minimum, stated) }
      : {},
  )
  return { result, grade: toGrade(result) }
}
