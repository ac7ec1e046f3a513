import type { ExperimentPlan } from '../../engine/rubric/types'

/**
 * The numbers behind this scenario's A/B test: what the experiment-length check and the
 * calculator size it with. Rates come from the scenario's data or story; alpha 0.05 and power
 * 0.8 by convention. `sample` is the matching daily figure in the visible data, which
 * tests/scenarios/experiment-plans.test.ts recomputes from the generated rows.
 */
export const experimentPlan: ExperimentPlan = {
  metric: 'share of sessions that start 3 or more videos',
  unit: 'users',
  baseline: 0.72,
  relativeMde: 0.02,
  alpha: 0.05,
  power: 0.8,
  arms: 2,
  trafficShare: 0.01,
  eligibleDaily: 300_000,
  sample: { label: 'users with a Reels session a day (June average)', value: 16.9 },
  basis:
    'Baseline 0.72: share of sessions with 3+ videos in the last week of the visible data (sql-session-completion). +2% relative: the reference answer\'s ' +
    'minimum detectable effect. Assumed: 1% of the 300,000 users newly eligible each day, since pre-loading costs data and battery; that is the ' +
    '"two full weeks at our traffic" the reference answer states.',
}
