import type { ExperimentPlan } from '../types'

/**
 * The numbers behind each scenario's A/B test, in one table (see README.md, "Experiment
 * length"). Rates come from the scenario's data or story; the effect from the question or the
 * seed answer's own target; alpha 0.05 and power 0.8 by convention. The visible datasets are
 * samples of a few hundred to a few thousand users, far too few to run any test on, so the
 * daily volume of eligible units and the traffic share are stated assumptions about the
 * product at scale, written down here rather than hidden. `sample` is the matching daily figure
 * in the visible data (distinct units a day, averaged over June), which the calculator offers to
 * show what a test on the sample alone would take; tests/scenarios/experiment-plans.test.ts
 * recomputes it from the generated rows.
 */
export const experimentPlans = {
  'feed-engagement/product-sense': {
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
  },
  'reels-sessions/product-sense': {
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
  },
  'ads-attribution/product-sense': {
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
  },
  'pymk/product-sense': {
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
  },
} satisfies Record<string, ExperimentPlan>
