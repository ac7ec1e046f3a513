import type { ExperimentPlan } from '../../engine/rubric/types'

/**
 * The numbers behind this scenario's A/B test: what the experiment-length check and the
 * calculator size it with. Rates come from the scenario's data or story; alpha 0.05 and power
 * 0.8 by convention. `sample` is the matching daily figure in the visible data, which
 * tests/scenarios/experiment-plans.test.ts recomputes from the generated rows.
 */
export const experimentPlan: ExperimentPlan = {
  metric: 'share of accepted requests to private accounts still interacting after 30 days',
  unit: 'users',
  baseline: 0.63,
  relativeMde: 0.05,
  alpha: 0.05,
  power: 0.8,
  arms: 2,
  trafficShare: 0.1,
  eligibleDaily: 200_000,
  sample: { label: 'users shown a private-account suggestion a day (June average)', value: 25.5 },
  basis:
    'Baseline 0.63: accepted connections to private accounts that keep interacting (the scenario\'s data). +5% relative: the lift a 2+ mutual-friend threshold should bring. ' +
    'Assumed: 10% of the 200,000 users shown a private-account suggestion for the first time each day.',
}
