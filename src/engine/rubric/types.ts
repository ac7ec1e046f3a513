import type { Check, Verdict } from '../types'

/**
 * One idea a strong answer states, found by its synonyms. A synonym is a word or short phrase,
 * matched on whole words after light stemming ("guardrails" finds "guardrail metrics"), or
 * several phrases joined by " + " that must all appear in one sentence ("segment + platform").
 */
export interface Concept {
  id: string
  /** Plain words for feedback: "guardrail metrics", "how long the test runs". */
  label: string
  synonyms: string[]
  /** A missing required concept rejects the answer whatever the score. */
  required?: boolean
  /** Share of the criterion; defaults to 1. */
  weight?: number
  /**
   * Labels an interviewer reads as this concept: a line opening with one (`**Hypothesis.**`,
   * `Control:`) or a heading above it (`### Guardrails`) counts, when `labelNeeds` holds too.
   * Words joined by " + " must all be in the label ("read + segment").
   */
  labels?: string[]
  /** What a labelled line must also say: `direction` (a change such as raise, cut, more, fewer), `number` (a figure). */
  labelNeeds?: 'direction' | 'number'
  /** Words that, with a direction word in the same sentence, show the concept unlabelled ("I expect retention to rise"). */
  directionCues?: string[]
  /** Covered when the answer names this many treatment arms ("Treatment A", "Treatment B"; a "Treatment B" implies an A). */
  minTreatmentArms?: number
  /**
   * The point is itself a limit ("attribution is not causal", "would not have happened without the
   * ad"), so a negation next to a synonym states it rather than setting it aside.
   */
  statesALimit?: boolean
  /**
   * The point's words mean another point in another part of the answer ("by device" is a
   * metric breakdown in the metrics part, a read of the result by segment in the test part;
   * "logging" is a cause of the drop among the hypotheses, a risk in the test part). In an answer
   * written in parts (see `Criterion.headings`), only sentences in the criterion's own part count.
   */
  ownPartOnly?: boolean
  /**
   * Words that, in the same clause as a mention, make it mean another point: "stratify by
   * country" is how users are assigned, not a read of the result by segment.
   */
  notInClauseWith?: string[]
  /** Covered by the sentence that states how long the test runs in days, weeks or months ("for two weeks"); "for a while" is no length. */
  statedLength?: boolean
  /**
   * Metric names that, in a sentence deciding the test ("compare session length between the
   * groups", "see if DAU/MAU goes up", "pick the window with the higher ROAS"), name the primary metric.
   */
  decisionMetrics?: string[]
}

/** Example answers for one criterion, written by us, that anchor what strong/medium/weak look like. */
export interface Anchors {
  strong: string
  medium: string
  weak: string
}

/** One part of the question (metrics, root causes, A/B test design...) and the concepts it expects. */
export interface Criterion {
  id: string
  title: string
  /**
   * Words a heading of this part of the answer uses ("metric", "root cause", "experiment"). In an
   * answer written in parts under such headings, a sentence counts only for its own part: a
   * breakdown in the metrics part is not a test read by segment, a logging risk in the test part
   * is not a root cause (concepts marked `ownPartOnly`). Words joined by " + " must all be in the heading.
   */
  headings?: string[]
  /** Relative weight of this part in the score. */
  weight: number
  concepts: Concept[]
  anchors: Anchors
}

export interface Rubric {
  /** The exercise this rubric grades, e.g. `feed-engagement/product-sense`. */
  id: string
  title: string
  criteria: Criterion[]
  /** 0..100: a score at or above it is accepted. */
  passMark: number
  /**
   * The numbers behind the question's A/B test. From them the experiment helper computes the
   * minimum test length an answer is held to; the calculator on the page starts from them too.
   */
  experiment?: ExperimentPlan
}

/**
 * The scenario's experiment, as data: a two-sided test on a proportion metric with equal arms
 * (the calculator's model). `basis` says where each number comes from, in plain words.
 */
export interface ExperimentPlan {
  /** The primary metric as a rate, in plain words, to follow "a 58%": "daily active rate of test users". */
  metric: string
  /** What is randomised, plural: "users", "advertisers". */
  unit: string
  /** Control rate of the primary metric, 0 < baseline < 1. */
  baseline: number
  /** Smallest relative lift worth detecting: 0.05 for +5%. */
  relativeMde: number
  alpha: number
  power: number
  /** Arms, control included, with equal shares of the test's traffic. */
  arms: number
  /** Share of eligible units put in the test (all arms together), 0 < share <= 1. */
  trafficShare: number
  /** New eligible units entering the population per day. */
  eligibleDaily: number
  /** Where the numbers come from (data, story, seed answer, stated assumption). */
  basis: string
  /**
   * The matching daily figure in the scenario's visible dataset, which is a small sample: the
   * calculator offers it in place of `eligibleDaily` to show how long a test on the sample alone
   * would take. `label` follows the number: "216.9 daily active users (June average)".
   * tests/scenarios/experiment-plans.test.ts recomputes `value` from the generated rows.
   */
  sample?: ExperimentSampleFigure
}

/** A figure computed from a scenario's visible dataset, rounded to one decimal. */
export interface ExperimentSampleFigure {
  label: string
  value: number
}

/** The levels of the anchors, and of a learner's self-rating. */
export type AnchorLevel = 'strong' | 'medium' | 'weak'

/** A concept as the result names it. */
export interface ConceptRef {
  id: string
  label: string
  required: boolean
  /** What would cover the point, for a learner who missed it: "Add the primary (success) metric." */
  advice: string
}

export interface CoveredConcept {
  concept: ConceptRef
  /** The answer's sentence (Markdown markup removed) that shows the concept. */
  sentence: string
}

/** A concept the answer mentions only to set aside ("we would not look at retention"). */
export interface NegatedConcept {
  concept: ConceptRef
  sentence: string
}

export interface CriterionResult {
  id: string
  title: string
  weight: number
  covered: CoveredConcept[]
  missing: ConceptRef[]
  /** Missing concepts that the answer mentions only in a negated way. */
  negated: NegatedConcept[]
  /** 0..100: weighted share of this criterion's concepts covered. */
  score: number
}

export interface RubricResult {
  rubricId: string
  /** 0..100, floor of the weighted coverage; 100 only when every concept is covered. */
  score: number
  passMark: number
  verdict: Verdict
  criteria: CriterionResult[]
  /** Required concepts the answer lacks (each one alone rejects the answer). */
  missingRequired: ConceptRef[]
  /**
   * Present when the caller passed `minimumExperimentDays`. Never part of the score; it rejects
   * only a stated length shorter than `sampleSizeDays` (the test cannot reach its sample size).
   */
  experimentLength?: Check
  /** Plain sentences for the learner, most useful first. */
  feedback: string[]
}

export interface ScoreRubricOptions {
  /**
   * Minimum test length in days from the experiment helper (`experimentDuration(...).recommendedDays`).
   * When given, the result carries a check that flags a stated duration shorter than this.
   */
  minimumExperimentDays?: number
  /**
   * Days of enrolment the sample size needs (`experimentDuration(...).days`, before rounding up to
   * whole weeks). A stated length shorter than this rejects the answer: the test is underpowered.
   */
  sampleSizeDays?: number
  /** One sentence with the numbers behind the minimum, added to the check's message. */
  experimentBasis?: string
}
