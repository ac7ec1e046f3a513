import { describe, expect, it } from 'vitest'
import { gradeProductAnswer, scoreRubric, type Rubric } from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

const anchors = { strong: 'x', medium: 'x', weak: 'x' }
const rubric: Rubric = {
  id: 'test/product-sense',
  title: 'Test rubric',
  passMark: 60,
  criteria: [
    {
      id: 'metrics',
      title: 'Metrics',
      weight: 1,
      headings: ['metric'],
      concepts: [
        { id: 'retention', label: 'retention', synonyms: ['retention'] },
        { id: 'causation', label: 'why attribution is not causal', synonyms: ['causal'], statesALimit: true },
      ],
      anchors,
    },
    {
      id: 'design',
      title: 'Test design',
      weight: 1,
      headings: ['experiment'],
      concepts: [
        { id: 'segments', label: 'reading the result by segment', synonyms: ['by device'], ownPartOnly: true },
        { id: 'duration', label: 'how long the test runs', synonyms: ['sample size'], statedLength: true },
        { id: 'primary', label: 'the primary metric', synonyms: ['primary metric'], decisionMetrics: ['session length'] },
      ],
      anchors,
    },
  ],
}
const covered = (md: string, id: string): string | undefined =>
  scoreRubric(rubric, md).criteria.flatMap((c) => c.covered).find((k) => k.concept.id === id)?.sentence

describe('rules an interviewer states', () => {
  it('does not credit a point from a heading alone', () => {
    expect(covered('## Retention\n\nWe look at DAU.', 'retention')).toBeUndefined()
    expect(covered('## Metrics\n\nRetention by week.', 'retention')).toBe('Retention by week.')
  })

  it('counts a breakdown in the metrics part as a metric cut, not as a test read by segment', () => {
    expect(covered('## 1. Metrics\n\nSession length by device.\n\n## 2. Experiment\n\nUsers 50/50.', 'segments')).toBeUndefined()
    expect(covered('## 1. Metrics\n\nSession length.\n\n## 2. Experiment\n\nRead the lift by device.', 'segments')).toBe('Read the lift by device.')
    // Without parts, the sentence counts wherever it stands.
    expect(covered('Session length by device.', 'segments')).toBe('Session length by device.')
  })

  it('keeps the part through sub-headings and ignores a title naming several parts', () => {
    const md = '# Metrics and an experiment\n\n## Metrics\n\nDAU.\n\n## Experiment\n\n### Reading\n\nLift by device.'
    expect(covered(md, 'segments')).toBe('Lift by device.')
  })

  it('reads a negated limit as stating it ("attribution is not causal")', () => {
    expect(covered('Attribution is not causal.', 'causation')).toBe('Attribution is not causal.')
  })

  it('takes a stated length as the duration, but not a vague one', () => {
    expect(covered('Compare the groups for two weeks.', 'duration')).toBe('Compare the groups for two weeks.')
    expect(covered('We run the test for a while.', 'duration')).toBeUndefined()
  })

  it('names the primary metric in the sentence that decides the test, not in a vague outcome', () => {
    expect(covered('Compare session length between the two groups.', 'primary')).toBe('Compare session length between the two groups.')
    expect(covered('See if engagement goes up.', 'primary')).toBeUndefined()
  })

  it('does not credit the question\'s own words as the point (PYMK mutual friends, the ads window)', () => {
    const pymk = gradeProductAnswer(productSenseRubrics['pymk/product-sense'], 'Group B only sees private accounts with 2+ mutual friends.').result
    expect(pymk.criteria.flatMap((c) => c.covered).map((k) => k.concept.id)).not.toContain('mutual-friends')
    const ads = gradeProductAnswer(productSenseRubrics['ads-attribution/product-sense'], 'Give some advertisers a 1-day window and others a 7-day window.').result
    expect(ads.criteria.flatMap((c) => c.covered).map((k) => k.concept.id)).not.toContain('window')
  })

  it('says what would cover each missing point', () => {
    const missing = scoreRubric(rubric, 'Retention.').criteria.flatMap((c) => c.missing)
    expect(missing.find((m) => m.id === 'primary')?.advice).toBe('Add the primary metric.')
  })
})
