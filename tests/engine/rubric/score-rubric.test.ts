import { describe, expect, it } from 'vitest'
import { normalizeWords, scoreRubric, splitMarkdownSentences, toGrade, type Rubric } from '../../../src/engine/rubric'

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
      concepts: [
        { id: 'retention', label: 'retention', synonyms: ['retention', 'churn'] },
        { id: 'novelty', label: 'novelty effects', synonyms: ['novelty effect'] },
        { id: 'guardrails', label: 'guardrail metrics', synonyms: ['guardrail'] },
        { id: 'segments', label: 'segments', synonyms: ['segment + platform'] },
      ],
      anchors,
    },
    {
      id: 'design',
      title: 'Test design',
      weight: 3,
      concepts: [
        { id: 'primary', label: 'the primary metric', synonyms: ['primary metric'], required: true },
        { id: 'duration', label: 'test duration', synonyms: ['run + week'] },
      ],
      anchors,
    },
  ],
}
const covered = (md: string, id: string): string | undefined =>
  scoreRubric(rubric, md).criteria.flatMap((c) => c.covered).find((k) => k.concept.id === id)?.sentence

describe('scoreRubric scoring', () => {
  it('weights criteria and floors the score', () => {
    // metrics 1/4 (weight 1), design 2/2 (weight 3): (0.25 + 3) / 4 = 81.25
    const result = scoreRubric(rubric, 'Retention matters. Primary metric: DAU. We run it for 2 weeks.')
    expect(result.criteria.map((c) => c.score)).toEqual([25, 100])
    expect(result.score).toBe(81)
    expect(result.verdict).toBe('accepted')
  })

  it('rejects an answer missing a required concept even above the pass mark, and says why', () => {
    const result = scoreRubric({ ...rubric, passMark: 40 }, 'Retention, novelty effects, guardrails. Segment by platform. Run it 3 weeks.')
    expect(result.score).toBeGreaterThanOrEqual(40)
    expect(result.verdict).toBe('rejected')
    expect(result.missingRequired.map((m) => m.id)).toEqual(['primary'])
    expect(result.feedback[0]).toContain('but it leaves out what every answer needs: the primary metric')
  })

  it('scores 100 only when every concept is covered', () => {
    const all = 'Retention and novelty effects. Guardrail: crashes. Segment results by platform. Primary metric: DAU. Run for 2 weeks.'
    expect(scoreRubric(rubric, all).score).toBe(100)
  })

  it('says an empty answer is empty', () => {
    const result = scoreRubric(rubric, '   \n\n')
    expect(result.score).toBe(0)
    expect(result.feedback).toEqual(['Your answer is empty: write your metrics, root-cause hypotheses and test design in Markdown.'])
  })

  it('needs every part of a " + " synonym in the same sentence', () => {
    expect(covered('Segment the users. Compare by platform.', 'segments')).toBeUndefined()
    expect(covered('Segment the users by platform.', 'segments')).toBe('Segment the users by platform.')
  })
})

describe('negation', () => {
  it.each([
    'We would not look at retention.',
    "We won't look at retention here.",
    'Ignoring novelty effects, the test is simple.',
    'No need for guardrails.',
    'Guardrails are not needed for this change.',
    'Novelty effects can be ignored.',
    'We never measure churn.',
    'Retention is not relevant here.',
    'We look at DAU rather than retention.',
    'Run the test without guardrails.',
  ])('a negated mention does not count: %s', (sentence) => {
    const result = scoreRubric(rubric, sentence)
    const metrics = result.criteria[0]
    expect(metrics.covered).toEqual([])
    expect(metrics.negated.length).toBe(1)
    expect(result.feedback.join('\n')).toContain(`only to set it aside ("${sentence}")`)
  })

  it.each([
    ['Guardrails: retention should not decrease by more than 1%.', 'retention'],
    ['Crash rate is a guardrail and must not increase.', 'guardrails'],
    ['We would not ship, but retention is what we track.', 'retention'],
    ['Not only retention but also revenue.', 'retention'],
    ['There should be no significant drop in retention.', 'retention'],
    ['No, retention is the main concern.', 'retention'],
  ])('a mention outside the negated clause, or a statement about change, counts: %s', (sentence, id) => {
    expect(covered(sentence, id)).toBe(sentence)
  })

  it('quotes the un-negated sentence when the concept is also negated elsewhere', () => {
    const md = 'We would not look at retention at first.\n\n- Later, D7 retention by cohort tells us who left.'
    expect(covered(md, 'retention')).toBe('Later, D7 retention by cohort tells us who left.')
    expect(scoreRubric(rubric, md).criteria[0].negated).toEqual([])
  })
})

describe('the sentence quoted for a concept', () => {
  it('is the list item, heading or table cell that holds it, with markup removed', () => {
    const md = `# Plan

Some context first. The **primary metric** is sessions per user.

| Metric | Role |
|---|---|
| crash rate | guardrail |

- Run the test for *two* weeks.`
    expect(covered(md, 'primary')).toBe('The primary metric is sessions per user.')
    expect(covered(md, 'guardrails')).toBe('guardrail')
    expect(covered(md, 'duration')).toBe('Run the test for two weeks.')
  })

  it('prefers a sentence over a heading, and the first-listed synonym over a later one', () => {
    const md = '## Retention\n\nUsers churn after a week.\n\nRetention by cohort is flat.'
    expect(covered(md, 'retention')).toBe('Retention by cohort is flat.')
  })
})

describe('splitMarkdownSentences', () => {
  it('splits prose, list items, headings and table cells, and skips code and rules', () => {
    const md = `## Part A: Metrics
Retention fell, e.g. D7 is 0.58 vs. 0.65 last month. Sessions are flat!
- **Skip rate** - % skipped
  continued here
1. Load time

\`\`\`sql
SELECT retention FROM t;
\`\`\`
---
| a | b |
|---|---|
| one | two |`
    expect(splitMarkdownSentences(md).map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'Part A: Metrics', kind: 'heading' },
      { text: 'Retention fell, e.g. D7 is 0.58 vs. 0.65 last month.', kind: 'paragraph' },
      { text: 'Sessions are flat!', kind: 'paragraph' },
      { text: 'Skip rate - % skipped continued here', kind: 'list' },
      { text: 'Load time', kind: 'list' },
      { text: 'a', kind: 'cell' },
      { text: 'b', kind: 'cell' },
      { text: 'one', kind: 'cell' },
      { text: 'two', kind: 'cell' },
    ])
  })
})

describe('normalizeWords', () => {
  it.each([
    ['A/B-testing Guardrails', 'a b test guardrail'],
    ['two weeks', '2 week'],
    ['a full week', '1 full week'],
    ['twenty-one days', '21 day'],
    ['Randomised users', 'randomiz user'],
    ['randomized', 'randomiz'],
    ["don't ignore it", 'do not ignor it'],
    ['Time-to-Next-Video', 'time to next video'],
    ['50% of ads', '50 percent of ad'],
  ])('%s -> %s', (text, words) => {
    expect(normalizeWords(text).join(' ')).toBe(words)
  })
})

describe('toGrade', () => {
  it('gives one check per criterion with quotes and gaps, and carries score and verdict', () => {
    const result = scoreRubric(rubric, 'Retention is down.\n\nPrimary metric: DAU. Run for 3 weeks.', { minimumExperimentDays: 28 })
    const grade = toGrade(result)
    expect(grade.verdict).toBe(result.verdict)
    expect(grade.score).toBe(result.score)
    expect(grade.checks.map((c) => c.id)).toEqual(['criterion:metrics', 'criterion:design', 'experiment-length'])
    expect(grade.checks[0]).toEqual({
      id: 'criterion:metrics',
      status: 'fail',
      message: 'Metrics (25%): covers retention ("Retention is down."); misses novelty effects, guardrail metrics and segments.',
    })
    expect(grade.checks[1].status).toBe('pass')
    expect(grade.checks[2].status).toBe('fail')
    expect(grade.feedback).toContain(grade.checks[2].message)
  })
})

describe('labelled lines and headings', () => {
  it('reads the label a line opens with and the heading above it', () => {
    const md = '### Hypothesis\n\nFresh posts bring users back.\n\n**Control.** Today\'s feed.\n\n- Treatment A: 1-day window'
    expect(splitMarkdownSentences(md)).toEqual([
      { text: 'Hypothesis', kind: 'heading', level: 3 },
      { text: 'Fresh posts bring users back.', kind: 'paragraph', section: 'Hypothesis' },
      { text: 'Control.', kind: 'paragraph', label: 'Control', section: 'Hypothesis' },
      { text: "Today's feed.", kind: 'paragraph', label: 'Control', section: 'Hypothesis' },
      { text: 'Treatment A: 1-day window', kind: 'list', label: 'Treatment A', section: 'Hypothesis' },
    ])
  })
})

describe('comparisons in prose (found by fuzzing)', () => {
  it('keeps "p < 0.05 and lift > 1%" as text: only real HTML tags are removed', async () => {
    const { splitMarkdownSentences } = await import('../../../src/engine/rubric')
    const [ship, bold] = splitMarkdownSentences('Ship if p < 0.05 and lift > 1% over 2 weeks.\n\nA <b>bold</b> claim.')
    expect(ship.text).toBe('Ship if p < 0.05 and lift > 1% over 2 weeks.')
    expect(bold.text).toBe('A bold claim.')
  })
})
