import { experimentDuration, sampleSizePerArm } from '../experiment'
import type { StatedPlan } from './experiment-own-plan'
import type { ExperimentPlan } from './types'

/** What the experiment helper says about a scenario's plan. */
export interface ExperimentMinimum {
  perArm: number
  totalUnits: number
  unitsPerDay: number
  /** Days of enrolment to reach the sample size. */
  sampleDays: number
  /** `sampleDays` rounded up to whole weeks (at least one): the shortest length an answer may state. */
  minimumDays: number
}

/**
 * Sample size and minimum length of a scenario's test: pooled-normal two-proportion test,
 * two-sided, equal arms, then `experimentDuration` (whole weeks, at least one).
 * @throws RangeError when the plan's numbers are out of range (a rubric bug, caught by the tests).
 */
export function computeExperimentMinimum(plan: ExperimentPlan, statedPerArm?: number): ExperimentMinimum {
  const perArm = statedPerArm ?? sampleSizePerArm({ metric: 'proportion', baseline: plan.baseline, relativeMde: plan.relativeMde, alpha: plan.alpha, power: plan.power }).control
  const duration = experimentDuration({ perArm, arms: plan.arms, eligibleDailyUsers: plan.eligibleDaily, trafficShare: plan.trafficShare })
  return {
    perArm,
    totalUnits: duration.totalUsers,
    unitsPerDay: duration.usersPerDay,
    sampleDays: duration.days,
    minimumDays: duration.recommendedDays,
  }
}

const count = (n: number) => Math.round(n).toLocaleString('en-US')
const percent = (share: number) => `${Number((share * 100).toPrecision(4))}%`
/** "an 80%", "an 11%", "a 58%": the article as the number is spoken. */
const withArticle = (spoken: string) => (/^(8|11%|11\.|18%|18\.)/.test(spoken) ? `an ${spoken}` : `a ${spoken}`)

/**
 * One sentence with the numbers behind the minimum, for feedback: "Sample size: 4,499 users per
 * arm to detect +5% on a 58% share of test users active on a given day (alpha 0.05, power 0.8);
 * 2 arms at 1% of 1,000,000 eligible users a day = 10,000 a day, so 1 day of enrolment."
 */
export function describeExperimentMinimum(plan: ExperimentPlan, minimum: ExperimentMinimum, stated?: StatedPlan): string {
  const days = `${minimum.sampleDays} ${minimum.sampleDays === 1 ? 'day' : 'days'}`
  const own = [stated?.perArm !== undefined ? 'sample per arm' : '', stated?.arms !== undefined ? 'arms' : '', stated?.trafficShare !== undefined ? 'traffic share' : ''].filter(Boolean)
  if (stated?.perArm !== undefined) {
    return (
      `Sample size (your plan's ${own.join(', ')}; eligible ${plan.unit} a day from the statement): ${count(minimum.perArm)} ${plan.unit} per arm; ` +
      `${plan.arms} arms at ${percent(plan.trafficShare)} of ${count(plan.eligibleDaily)} eligible ${plan.unit} a day = ${count(minimum.unitsPerDay)} a day, so ${days} of enrolment.`
    )
  }
  return (
    (own.length > 0 ? `Using your plan's ${own.join(', ')} and the statement's numbers. ` : '') +
    `Sample size: ${count(minimum.perArm)} ${plan.unit} per arm to detect +${percent(plan.relativeMde)} on ${withArticle(percent(plan.baseline))} ${plan.metric} ` +
    `(alpha ${plan.alpha}, power ${plan.power}); ${plan.arms} arms at ${percent(plan.trafficShare)} of ${count(plan.eligibleDaily)} eligible ${plan.unit} a day ` +
    `= ${count(minimum.unitsPerDay)} a day, so ${days} of enrolment.`
  )
}
