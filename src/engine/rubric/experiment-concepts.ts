import type { Concept } from './types'

/**
 * Concepts every A/B test design is graded on, shared by the scenario rubrics. Each takes
 * extra synonyms for its scenario (the primary metric of a Reels test is not PYMK's).
 * Synonyms that also fit other parts of an answer ("segment", "hypothesis") are paired with
 * a test word (" + ") so a root-cause sentence does not count as test design.
 */
export function hypothesisConcept(extra: string[] = []): Concept {
  return {
    id: 'hypothesis',
    label: 'the change you test and the effect you expect (hypothesis)',
    labels: ['hypothesis'],
    labelNeeds: 'direction',
    // A prediction: "I expect", "my hypothesis is that", or a hedged future ("will probably", "is likely to").
    directionCues: ['expect', 'predict', 'hypothesize', 'hypothesis', 'bet', 'will probably', 'will likely', 'would probably', 'would likely', 'likely to'],
    synonyms: [...extra, 'intervention', 'null hypothesis', 'hypothesis + test', 'hypothesis + experiment', 'hypothesis + treatment', 'we expect', 'we predict', 'expect + to increase', 'expect + to improve', 'should increase', 'will increase', 'should improve', 'will improve', 'should reduce', 'will reduce', 'will raise', 'will lift', 'will lower', 'will cut', 'will make', 'would increase', 'would improve', 'would raise'],
  }
}

export function armsConcept(extra: string[] = []): Concept {
  return {
    id: 'arms',
    label: 'a control arm and a treatment arm',
    labels: ['control', 'treatment', 'arm', 'variant'],
    synonyms: [...extra, 'control', 'treatment group', 'treatment arm', 'variant', 'test group', 'holdout', 'arm', '50 50', 'other half', 'group a + group b', 'split + into + group', 'divide + into + group',
      'against + old', 'vs + old', 'versus + old', 'against + current', 'vs + current', 'against today', 'some + and other', 'some + and some'],
  }
}

export function randomizationConcept(extra: string[] = []): Concept {
  return {
    id: 'randomization-unit',
    label: 'how users are randomised (the unit of randomisation)',
    labels: ['unit', 'randomiz', 'unit of randomization', 'assignment'],
    synonyms: [...extra, 'randomiz', 'randomization', 'randomly', 'random assignment', 'random split', 'assigned at random', 'unit of randomization', 'unit of diversion', 'user level', 'by user id', 'hash + user', 'random + by user', 'bucket + user', 'bucket + test', 'cluster'],
  }
}

export function primaryMetricConcept(extra: string[] = [], decisionMetrics: string[] = []): Concept {
  return {
    decisionMetrics,
    id: 'primary-metric',
    label: 'the primary (success) metric',
    labels: ['primary', 'success metric', 'decision metric', 'oec'],
    required: true,
    synonyms: [...extra, 'primary metric', 'primary', 'success metric', 'north star', 'overall evaluation criterion', 'oec', 'key metric', 'decision metric', 'target metric', 'main metric'],
  }
}

export function guardrailsConcept(extra: string[] = []): Concept {
  return {
    id: 'guardrails',
    label: 'guardrail metrics that must not get worse',
    labels: ['guardrail', 'counter metric'],
    synonyms: [...extra, 'guardrail', 'counter metric', 'countermetric', 'do no harm', 'should not decrease', 'must not decrease', 'should not drop', 'must not drop', 'should not increase', 'must not increase', 'health metric'],
  }
}

export function durationConcept(extra: string[] = []): Concept {
  return {
    id: 'duration-and-sample-size',
    label: 'how long the test runs and how many users it needs (sample size, power)',
    labels: ['duration', 'sample size', 'power', 'length', 'how long'],
    labelNeeds: 'number',
    statedLength: true,
    // "run it for a while" is no duration: a length counts with its number (statedLength, "run + week").
    synonyms: [...extra, 'duration + week', 'duration + day', 'test duration', 'experiment duration', 'sample size', 'power analysis', 'statistical power', 'power calculation', 'minimum detectable effect', 'mde', 'run + week', 'run + day', 'test + week', 'experiment + week', 'statistical significance', 'significance level', 'per arm', 'users per group'],
  }
}

export function noveltyConcept(extra: string[] = []): Concept {
  return {
    id: 'novelty-and-seasonality',
    label: 'novelty effects and weekly seasonality',
    labels: ['novelty'],
    synonyms: [...extra, 'novelty', 'primacy', 'learning effect', 'wear off', 'weekly seasonality', 'seasonality + test', 'seasonality + run', 'weekly cycle', 'weekly pattern', 'day of week', 'weekday', 'weekend', 'long term effect', 'holdback'],
  }
}

export function resultSegmentsConcept(extra: string[] = []): Concept {
  return {
    id: 'result-segments',
    label: 'reading the result by segment (who gains, who loses)',
    labels: ['read + segment', 'result + segment', 'segment + effect', 'heterogeneous'],
    ownPartOnly: true,
    // Stratifying, balancing or randomising by a segment is how users are assigned, not how the result is read.
    notInClauseWith: ['stratify', 'stratification', 'balance', 'block on', 'block by', 'randomiz', 'assign', 'assignment'],
    // How interviewers hear a segment read: the effect may sit in one group, differ in sign, be
    // read within strata, or be checked not to come from one platform only.
    synonyms: [...extra, 'heterogeneous', 'heterogeneity', 'read + segment', 'look + segment', 'report + segment', 'key segment', 'pre registered segment',
      'only show', 'only show up', 'sit entirely', 'positive on + negative on', 'positive for + negative for', 'who gain', 'who lose', 'gain most', 'lose most',
      'especially for', 'separate group', 'within each segment', 'compare within', 'cut by', 'one platform only', 'driven by one', 'from one platform', 'segment + result', 'segment + effect', 'read + stratum', 'read + strata', 'report + stratum', 'report + strata', 'read + separately', 'report + separately', 'analyz + separately', 'look + separately', 'evaluat + separately', 'segment + treatment', 'segment + lift', 'break down + result', 'breakdown + result', 'subgroup', 'per segment', 'slice + result', 'effect + by platform', 'effect + by country', 'result + by platform', 'result + by country'],
  }
}

export function interferenceConcept(extra: string[] = []): Concept {
  return {
    id: 'interference',
    label: 'network effects between test and control users (interference)',
    labels: ['interference', 'network effect', 'spillover'],
    synonyms: [...extra, 'network effect', 'interference', 'spillover', 'contamination', 'sutva', 'ego network', 'graph cluster', 'cluster randomization', 'cluster based', 'both group', 'both arm'],
  }
}

/** Words a heading of the experiment part uses ("## 3. An experiment", "## A/B test design"). */
export const EXPERIMENT_HEADINGS = ['experiment', 'a b test', 'ab test', 'test design', 'test plan']
