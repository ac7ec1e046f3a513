import type { ExperimentPlan } from '../../engine/rubric/types'

/**
 * The numbers behind this scenario's A/B test: what the experiment-length check and the
 * calculator size it with. Rates come from the scenario's data or story; alpha 0.05 and power
 * 0.8 by convention. `sample` is the matching daily figure in the visible data, which
 * tests/scenarios/experiment-plans.test.ts recomputes from the generated rows.
 */
export const experimentPlan: ExperimentPlan = {
  metric: 'daily active rate of test users (DAU/MAU per user)',
  unit: 'users',
  baseline: 0.58,
  relativeMde: 0.01,
  alpha: 0.05,
  power: 0.8,
  arms: 2,
  trafficShare: 0.01,
  eligibleDaily: 1_500_000,
  sample: { label: 'daily active users (June average)', value: 216.9 },
  basis:
    'Baseline 0.58: DAU/MAU in late June (story; 0.575 in the visible data). +1% relative: the reference answer\'s minimum detectable effect ' +
    '(the seed answer\'s +5% is the hoped-for lift, not the smallest one worth detecting). Assumed: a feed-ranking test gets 1% of the ' +
    '1,500,000 users who newly become eligible each day, since many tests share the feed; that is the "three full weeks at our traffic" the reference answer states.',
}
