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
}

/** A concept as the result names it. */
export interface ConceptRef {
  id: string
  label: string
  required: boolean
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
  /** Present when the caller passed `minimumExperimentDays`. A flag, not part of the score. */
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
}
