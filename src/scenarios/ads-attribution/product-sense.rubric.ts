import type { Rubric } from '../../engine/rubric/types'
import { experimentPlan } from './product-sense.experiment'
import {
  EXPERIMENT_HEADINGS, durationConcept, guardrailsConcept, hypothesisConcept, primaryMetricConcept, randomizationConcept, resultSegmentsConcept,
} from '../../engine/rubric/experiment-concepts'

/** Advertisers doubt their ROI: attribution metrics, incrementality, an A/B test of the attribution window length. */
export const adsAttributionRubric: Rubric = {
  id: 'ads-attribution/product-sense',
  title: 'Ads attribution and advertiser ROI',
  passMark: 60,
  experiment: experimentPlan,
  criteria: [
    {
      id: 'attribution-metrics',
      headings: ['metric'],
      title: 'Attribution metrics',
      weight: 35,
      concepts: [
        {
          id: 'roas',
          label: 'return on ad spend and cost per conversion',
          synonyms: ['roas', 'return on ad spend', 'roi', 'return on investment', 'cost per acquisition', 'cpa', 'cost per conversion', 'revenue per dollar', 'conversion value'],
        },
        {
          id: 'funnel',
          label: 'the funnel from impression to click to conversion (CTR, conversion rate)',
          synonyms: ['click through rate', 'ctr', 'conversion rate', 'cvr', 'impression + click', 'funnel'],
        },
        {
          id: 'view-through',
          label: 'view-through conversions (after seeing an ad without clicking)',
          // "1-day view" is the industry's name for a view-through window; "viewed rather than clicked" the plain one.
          synonyms: ['view through', 'post view', 'viewed but did not click', 'without a click', 'without clicking', 'day view', 'view driven', 'rather than click', 'instead of click', 'seen + not click'],
        },
        {
          id: 'attribution-models',
          label: 'attribution models that share credit across touchpoints (first/last touch, linear, time decay)',
          synonyms: ['multi touch', 'first touch', 'last touch', 'linear', 'time decay', 'data driven attribution', 'shapley', 'position based', 'touchpoint'],
        },
        {
          id: 'window',
          label: 'the attribution window: how long after an ad a conversion still counts',
          // The question names the window; an answer shows the point by saying what it does to conversions.
          synonyms: ['attribution window', 'lookback', 'window + conversion', 'window + purchase', 'window + touch', 'window + count', 'window + credit', 'window + delay', 'window + late', 'window + capture', 'day after + ad', 'day before the purchase', 'hour + day'],
        },
      ],
      anchors: {
        strong: `- **ROAS** per campaign (attributed conversion value / spend) and cost per acquisition, the numbers advertisers actually judge us on.
- **Funnel**: impressions, click-through rate and conversion rate, to see where a campaign loses people.
- **View-through conversions**: purchases after an ad was seen but not clicked, reported separately from click-through ones.
- **Attribution models**: last touch against linear and time decay, so the advertiser sees how much credit depends on the model.
- **Attribution window**: conversions within 1, 7 and 28 days, since a long window credits us for purchases that would have happened anyway.`,
        medium: `- ROAS per campaign.
- Click-through rate.
- Last-touch attribution.`,
        weak: `- Show advertisers how many people saw their ads.`,
      },
    },
    {
      id: 'incrementality',
      headings: ['incrementality', 'lift', 'causal'],
      title: 'Incrementality',
      weight: 35,
      concepts: [
        {
          id: 'lift',
          label: 'incrementality: conversions caused by the ad, measured as lift',
          synonyms: ['incrementality', 'incremental', 'lift'],
        },
        {
          id: 'holdout',
          label: 'a randomised holdout that never sees the ads',
          synonyms: ['holdout', 'hold out', 'control group', 'ghost ad', 'psa', 'public service announcement', 'randomized controlled trial', 'rct', 'conversion lift study'],
        },
        {
          id: 'observational-methods',
          label: 'methods when a holdout is not possible (geo tests, synthetic control, marketing mix)',
          synonyms: ['synthetic control', 'geo experiment', 'geo test', 'geo holdout', 'matched market', 'difference in differences', 'diff in diff', 'propensity', 'marketing mix', 'mmm'],
        },
        {
          id: 'causation',
          label: 'why attributed conversions are not causal (users who would have bought anyway)',
          statesALimit: true,
          synonyms: ['causal', 'causation', 'selection bias', 'buy anyway', 'going to buy', 'would not have happen', 'would have happened anyway', 'would have converted anyway', 'would have bought anyway', 'would have purchased anyway', 'organic conversion', 'correlation'],
        },
      ],
      anchors: {
        strong: `- Attribution counts conversions near an ad; it does not show the ad caused them. Users who were going to buy anyway get targeted most (selection bias), so attributed ROAS overstates the effect.
- Incrementality is the lift: conversions in the exposed group minus a randomised holdout that is eligible but never shown the ad (ghost ads or PSA ads keep the auction fair).
- Where a user-level holdout is impossible, use geo experiments or synthetic control, and marketing mix models for long-run budget split.`,
        medium: `- Run a holdout and compare conversions.`,
        weak: `- Ads work if conversions go up.`,
      },
    },
    {
      id: 'ab-test',
      headings: EXPERIMENT_HEADINGS,
      title: 'A/B test design (attribution window)',
      weight: 30,
      concepts: [
        hypothesisConcept(),
        {
          // Not the shared arms concept: its bare "control" would find the incrementality holdout.
          id: 'arms',
          label: 'a control arm (today\'s window) and a treatment arm',
          labels: ['control', 'treatment', 'arm'],
          synonyms: ['control + window', 'treatment + window', 'treatment a', 'treatment b', 'variant', 'test group', 'day group', 'day arm', 'arm', '50 50', 'split + into + group', 'divide + into + group', 'some + and other', 'some + and some'],
        },
        {
          id: 'several-windows',
          label: 'more than one alternative window compared with today\'s',
          minTreatmentArms: 2,
          synonyms: ['treatment a + treatment b', '1 day + 7 day + 30 day', '1 day + 30 day', '1 day + 28 day', 'several window', 'multiple window', 'three arms', 'three window'],
        },
        randomizationConcept(['advertiser level', 'by advertiser', 'randomiz advertisers', 'account level', 'campaign level']),
        primaryMetricConcept(['advertiser satisfaction', 'spend retention', 'advertiser retention', 'advertiser churn', 'renewal'], ['roas', 'spend', 'retention', 'churn']),
        guardrailsConcept(['double count', 'over credit', 'revenue + must not']),
        durationConcept(['conversion lag', 'delayed conversion', 'longer than the window', 'at least 30 day', 'at least 28 day']),
        resultSegmentsConcept(['by vertical', 'advertiser size', 'small advertisers', 'by objective', 'by industry']),
      ],
      anchors: {
        strong: `- **Hypothesis**: a window that matches the product's buying cycle will make advertisers trust the numbers and keep spending; a 30-day window may over-credit us.
- **Arms**: control keeps the 7-day window; treatment A uses 1 day, treatment B uses 28 days.
- **Randomise at the advertiser level**, so one advertiser never sees two sets of numbers; stratify by advertiser size.
- **Primary metric**: advertiser spend retention after 8 weeks. Secondary: advertiser satisfaction survey.
- **Guardrails**: ad revenue and the share of conversions claimed twice (double counting across channels) must not get worse.
- **Duration**: at least 8 weeks, longer than the 28-day window plus conversion lag, so every conversion has time to arrive; the advertiser count sets the power.
- **Segments**: read the result by advertiser size and vertical; long purchase cycles (cars, travel) should prefer longer windows.`,
        medium: `- Control: 7-day window; treatment: 1-day window
- Metric: advertiser spend.`,
        weak: `- Try a shorter window and see what happens`,
      },
    },
  ],
}

export default adsAttributionRubric
