import type { ExperimentPlan } from '../../engine/rubric/types'

/**
 * The numbers behind this scenario's A/B test: what the experiment-length check and the
 * calculator size it with. Rates come from the scenario's data or story; alpha 0.05 and power
 * 0.8 by convention. `sample` is the matching daily figure in the visible data, which
 * tests/scenarios/experiment-plans.test.ts recomputes from the generated rows.
 */
export const experimentPlan: ExperimentPlan = {
  metric: 'share of advertisers who keep or raise their spend the next month',
  unit: 'advertisers',
  baseline: 0.8,
  relativeMde: 0.05,
  alpha: 0.05,
  power: 0.8,
  arms: 3,
  trafficShare: 1,
  eligibleDaily: 300,
  sample: { label: 'advertisers starting a campaign a day (June average)', value: 0.9 },
  basis:
    'Randomised by advertiser, three arms (1-, 7- and 30-day windows, as the seed answer proposes). Assumed: 80% of advertisers keep or raise spend; +5% relative is the smallest change worth a new default; ' +
    'every eligible advertiser can join (only reporting changes), and 300 advertisers start a campaign each day. Advertisers are few, so here the sample size, not the week, sets the length.',
}
