import type { TemplateContext, TemplateFiles } from './context'

/**
 * A product-sense question: the statement, the rubric that grades a Markdown answer (criteria,
 * concepts with their synonyms, anchors, pass mark), and the numbers behind its A/B test.
 */
export function productFiles({ id, name }: TemplateContext): TemplateFiles {
  return {
    'product-sense.md': `<!-- TO CHANGE: the question. Ask for the parts your rubric grades, in the same order. -->

Marketing wants to give **every new rider their first ride free**, hoping they come back. Answer
in two parts, in Markdown:

1. **Success metrics.** How do you judge whether the promotion works? Name the metrics (riders
   who come back, rides per rider, revenue, refunds, bikes available at stations), what each
   tells you, and a target for each.
2. **An experiment.** Design the A/B test: hypothesis, arms, randomisation unit, primary metric,
   guardrails, duration and sample size, and what could fool you (novelty, weekdays and
   weekends).

**Numbers for sizing the test.** About 2,000 people take their first ride each day. Today 35% of
new riders take a second ride within 14 days, and the smallest lift worth detecting is +5%
relative (alpha 0.05, power 0.8); the test may use half of the new riders.
`,

    'product-sense.rubric.ts': `import type { Rubric } from '../../engine/rubric/types'
import {
  armsConcept, durationConcept, guardrailsConcept, hypothesisConcept, noveltyConcept, primaryMetricConcept, randomizationConcept,
} from '../../engine/rubric/experiment-concepts'
import { experimentPlan } from './product-sense.experiment'

/**
 * How a product-sense answer is graded: each criterion lists the concepts a good answer covers.
 * A concept counts when the answer uses one of its synonyms ('a + b' means both words in one
 * sentence). The A/B-test concepts are shared by every scenario (experiment-concepts.ts): give
 * them only your scenario's extra words. The anchors are example answers, strong to weak; the
 * tests check that the strong one passes and the weak one fails.
 * TO CHANGE: your criteria, concepts, synonyms and anchors.
 */
export const ${name}Rubric: Rubric = {
  id: '${id}/product-sense',
  title: 'A first ride free: success and the test',
  passMark: 60,
  experiment: experimentPlan,
  criteria: [
    {
      id: 'success-metrics',
      title: 'What success means for the promotion',
      weight: 60,
      concepts: [
        {
          id: 'return-rate',
          label: 'new riders who come back (a second ride, retention)',
          synonyms: ['second ride', 'come back', 'comes back', 'return rate', 'returning rider', 'retention', 'retained', 'repeat ride', 'repeat rider'],
        },
        {
          id: 'rides-per-rider',
          label: 'how often riders ride (rides per rider, frequency)',
          synonyms: ['rides per rider', 'rides per user', 'ride frequency', 'rides a week', 'rides per week', 'trips per rider', 'how often'],
        },
        {
          id: 'revenue',
          label: 'the money: revenue per rider, and the cost of the free rides',
          synonyms: ['revenue', 'fare', 'paid ride', 'paying rider', 'cost of the free', 'cost per', 'lifetime value', 'ltv', 'payback'],
        },
        {
          id: 'refunds',
          label: 'refunds and complaints',
          synonyms: ['refund', 'complaint', 'support ticket', 'chargeback'],
        },
        {
          id: 'availability',
          label: 'bikes and docks available at stations',
          synonyms: ['availability', 'available bike', 'empty station', 'no bike', 'full dock', 'dock', 'rebalanc'],
        },
        {
          id: 'targets',
          label: 'a target that says what counts as success for each metric',
          synonyms: ['target', 'benchmark', 'goal', 'success threshold', 'success means', 'success looks like'],
        },
      ],
      anchors: {
        strong: \`- **Return rate**: share of new riders who take a second ride within 14 days; target +5% relative. This is the goal: riders who come back.
- **Rides per rider** in their first month: the promotion should build a habit, not one free trip.
- **Revenue**: paid rides per new rider after the free one, against the cost of the free rides; the payback should come within two months.
- **Refunds** and support complaints per 1,000 rides must not rise.
- **Availability**: share of time stations have no bike or no free dock; a rush of free rides can empty the busy stations.\`,
        medium: \`- Count how many new riders take a second ride.
- Watch revenue.\`,
        weak: \`- See if people like free rides.\`,
      },
    },
    {
      id: 'ab-test',
      title: 'A/B test design (first ride free)',
      weight: 40,
      concepts: [
        hypothesisConcept(['free first ride + more']),
        armsConcept(['pay as usual']),
        randomizationConcept(['by rider', 'new riders at random']),
        primaryMetricConcept(),
        guardrailsConcept(['refund rate']),
        durationConcept(['whole weeks']),
        noveltyConcept(),
      ],
      anchors: {
        strong: \`- **Hypothesis**: we expect a free first ride to increase the share of new riders who take a second ride within 14 days.
- **Arms**: control pays as usual; treatment gets the first ride free, 50/50.
- **Randomisation**: by rider, at sign-up, so a rider stays in one arm.
- **Primary metric**: second ride within 14 days of the first.
- **Guardrails**: revenue per rider, refund rate and empty stations must not get worse.
- **Duration**: a power analysis gives the sample size per arm; run whole weeks, at least 3 weeks plus the 14 days of follow-up.
- **Novelty**: weekday and weekend riders differ, and a free ride can bring curious one-time riders; read the result after the novelty wears off.\`,
        medium: \`- Control pays, treatment rides free.
- Primary metric: second rides.\`,
        weak: \`- Give free rides for a while and see.\`,
      },
    },
  ],
}

export default ${name}Rubric
`,

    'product-sense.experiment.ts': `import type { ExperimentPlan } from '../../engine/rubric/types'

/**
 * The numbers behind the A/B test, as the statement gives them: what the experiment-length
 * check and the calculator size the test with. TO CHANGE: your metric and numbers. You may add
 * \`sample\` (the matching daily figure of the visible dataset); tests/scenarios/experiment-plans.test.ts
 * then needs a line that recomputes it.
 */
export const experimentPlan: ExperimentPlan = {
  metric: 'share of new riders who take a second ride within 14 days',
  unit: 'riders',
  baseline: 0.35,
  relativeMde: 0.05,
  alpha: 0.05,
  power: 0.8,
  arms: 2,
  trafficShare: 0.5,
  eligibleDaily: 2_000,
  basis: 'Baseline 0.35 and 2,000 first rides a day: the statement. +5% relative: the smallest lift worth the cost of the free rides. Half of the new riders in the test.',
}
`,
  }
}
