import { describe, expect, it } from 'vitest'
import {
  armsConcept, hypothesisConcept, primaryMetricConcept, randomizationConcept, resultSegmentsConcept, scoreRubric, splitMarkdownSentences, type Concept, type Rubric,
} from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

/**
 * The general reading rules that took in the first held-out answers, each on sentences of its
 * own (a sign-up flow, an onboarding test, a checkout page), none taken from the corpus.
 */
const anchors = { strong: 'x', medium: 'x', weak: 'x' }
const rubricOf = (...concepts: Concept[]): Rubric => ({
  id: 'test/product-sense',
  title: 'Test rubric',
  passMark: 60,
  criteria: [{ id: 'design', title: 'Test design', weight: 1, headings: ['experiment'], concepts, anchors }],
})
const coveredBy = (concept: Concept, md: string): string | undefined =>
  scoreRubric(rubricOf(concept), md).criteria[0].covered[0]?.sentence

describe('a dash ends a label, like a colon', () => {
  it.each([
    ['- Unit — account, assigned by hash.', 'Unit'],
    ['Hypothesis–shorter onboarding lifts week-one retention.', 'Hypothesis'],
    ['Control - the current checkout page.', 'Control'],
  ])('%s', (line, label) => {
    expect(splitMarkdownSentences(line)[0].label).toBe(label)
  })

  it('but a hyphen inside a word is no label', () => {
    expect(splitMarkdownSentences('Pre-loading helps slow phones.')[0].label).toBeUndefined()
    expect(splitMarkdownSentences('Three-step onboarding - a longer flow.')[0].label).toBeUndefined()
  })

  it('so a dash-labelled line counts for its concept', () => {
    expect(coveredBy(randomizationConcept(), '## Experiment\n\n- Unit — account.')).toBe('Unit — account.')
    expect(coveredBy(hypothesisConcept(), '- Hypothesis — a shorter form means more sign-ups.')).toBe('Hypothesis — a shorter form means more sign-ups.')
  })
})

describe('a hypothesis is a prediction with a direction', () => {
  it.each([
    'My hypothesis is that a one-page checkout raises completed orders.',
    'The new onboarding will probably bring more week-one returns.',
    'Version B is likely to cut refund requests.',
  ])('counts: %s', (sentence) => {
    expect(coveredBy(hypothesisConcept(), sentence)).toBe(sentence)
  })

  it.each([
    'My hypothesis is about the onboarding flow.',
    'We will probably look at the dashboards first.',
    'It is not likely to raise anything.',
  ])('a cue without a direction, or a negated one, does not: %s', (sentence) => {
    expect(coveredBy(hypothesisConcept(), sentence)).toBeUndefined()
  })
})

describe('splitting users into groups names the arms', () => {
  it('counts "split ... into ... group"', () => {
    const sentence = 'Randomly split shoppers into an old-layout group and a new-layout group.'
    expect(coveredBy(armsConcept(), sentence)).toBe(sentence)
  })

  it('but two groups with nothing said of either are not arms', () => {
    expect(coveredBy(armsConcept(), 'Compare basket size between the two groups.')).toBeUndefined()
  })
})

describe('deciding the test on a metric names the primary metric', () => {
  it('reads "see which one has the higher X"', () => {
    const sentence = 'Run both and see which one has the higher retention.'
    expect(coveredBy(primaryMetricConcept([], ['retention']), sentence)).toBe(sentence)
    expect(coveredBy(primaryMetricConcept([], ['retention']), 'Run both and see which one people like.')).toBeUndefined()
  })
})

describe('reading the result by segment', () => {
  const segments = resultSegmentsConcept(['by country'])
  it('counts a read of groups "separately"', () => {
    expect(coveredBy(segments, 'New and returning shoppers are read separately.')).toBe('New and returning shoppers are read separately.')
  })

  it('does not count stratifying or balancing the assignment by a segment', () => {
    expect(coveredBy(segments, 'Stratify the assignment by country so the arms match.')).toBeUndefined()
    expect(coveredBy(segments, 'We balance arms by country, and report the lift by country.')).toBe('We balance arms by country, and report the lift by country.')
    expect(coveredBy(segments, 'Strata by store size; randomise 50/50 within each stratum.')).toBeUndefined()
    expect(coveredBy(segments, 'Read the small-store stratum before deciding.')).toBe('Read the small-store stratum before deciding.')
  })
})

describe('a concept named as what a metric measures', () => {
  it('is a metric, not the point, for a concept that says so (notInClauseWith)', () => {
    const supply: Concept = { id: 'supply', label: 'content supply', synonyms: ['content quality'], notInClauseWith: ['measure of', 'proxy for'] }
    expect(coveredBy(supply, 'Saves per visit, as a proxy for content quality.')).toBeUndefined()
    expect(coveredBy(supply, 'Content quality fell after the creator fund ended.')).toBe('Content quality fell after the creator fund ended.')
  })
})

describe('phrases with a word in between', () => {
  const concept = (synonyms: string[]): Concept => ({ id: 'c', label: 'c', synonyms })
  it('lets one word into a phrase of three words or more', () => {
    expect(coveredBy(concept(['cost per conversion']), 'Track cost per attributed conversion.')).toBe('Track cost per attributed conversion.')
    expect(coveredBy(concept(['cost per conversion']), 'Track cost per new paid conversion.')).toBeUndefined()
  })

  it('lets the object of a phrasal verb in before its particle', () => {
    expect(coveredBy(concept(['rule out']), 'Release notes can rule the update out.')).toBe('Release notes can rule the update out.')
    expect(coveredBy(concept(['rule out']), 'The rule was then written out of habit.')).toBeUndefined()
  })

  it('keeps two-word phrases whole', () => {
    expect(coveredBy(concept(['session length']), 'Session and page length.')).toBeUndefined()
  })

  it('never reaches across a clause', () => {
    expect(coveredBy(concept(['cost per conversion']), 'Cost per click, conversion rate.')).toBeUndefined()
  })
})

describe('"no" negates its noun, not a place or time after it', () => {
  const window: Concept = { id: 'window', label: 'the attribution window', synonyms: ['attribution window'] }
  it('keeps a mention after a preposition', () => {
    const sentence = 'Sales with no ad view within the attribution window go unattributed.'
    expect(coveredBy(window, sentence)).toBe(sentence)
  })

  it('still negates the noun it stands before', () => {
    expect(coveredBy(window, 'No attribution window is needed.')).toBeUndefined()
    expect(coveredBy(window, 'There is no need for an attribution window.')).toBeUndefined()
  })
})

describe('synonyms candidates use, in the scenario rubrics', () => {
  const coveredIn = (exercise: string, point: string, md: string): string | undefined => {
    const [criterion, concept] = point.split('/')
    return scoreRubric(productSenseRubrics[exercise], md).criteria.find((c) => c.id === criterion)!.covered.find((k) => k.concept.id === concept)?.sentence
  }
  it.each([
    ['pymk/product-sense', 'success-metrics/sustained-interaction', 'The pair has at least one interaction in the thirty days after the request is accepted.'],
    ['ads-attribution/product-sense', 'ab-test/arms', 'We divide advertisers into a short-window group and a long-window group.'],
    ['feed-engagement/product-sense', 'ab-test/result-segments', 'Read the heavy-user stratum on its own before shipping.'],
  ])('%s %s: %s', (exercise, point, sentence) => {
    expect(coveredIn(exercise, point, sentence)).toBe(sentence)
  })
})
