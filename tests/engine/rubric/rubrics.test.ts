import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { composeAnchorAnswer, normalizeWords, scoreRubric, type Rubric } from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const cases: { scenario: string; rubric: Rubric }[] = ['feed-engagement', 'reels-sessions', 'ads-attribution', 'pymk'].map((scenario) => ({
  scenario,
  rubric: productSenseRubrics[`${scenario}/product-sense`],
}))

const offTopic = `## My favourite recipe

Preheat the oven to 180 degrees. Mix flour, butter and sugar, then bake the cake for forty minutes.
Serve it warm with cream.`

describe.each(cases)('$scenario rubric', ({ scenario, rubric }) => {
  it('exists and is well formed', () => {
    expect(rubric).toBeDefined()
    expect(rubric.passMark).toBe(60)
    const ids = rubric.criteria.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of rubric.criteria) {
      expect(c.weight).toBeGreaterThan(0)
      expect(new Set(c.concepts.map((k) => k.id)).size).toBe(c.concepts.length)
      for (const k of c.concepts) {
        expect(k.synonyms.length, `${c.id}/${k.id}`).toBeGreaterThan(0)
        for (const s of k.synonyms) expect(normalizeWords(s).length, `${c.id}/${k.id}: "${s}"`).toBeGreaterThan(0)
      }
      for (const level of ['strong', 'medium', 'weak'] as const) expect(c.anchors[level].trim().length).toBeGreaterThan(10)
    }
  })

  it("passes the seed's own answer", () => {
    const result = scoreRubric(rubric, fixture(`seed-${scenario}.md`))
    expect(result.verdict, result.feedback.join('\n')).toBe('accepted')
    expect(result.score).toBeGreaterThanOrEqual(rubric.passMark)
    expect(result.score).toBeLessThan(100) // the seed answers leave gaps, and the feedback should name them
    expect(result.feedback.length).toBeGreaterThan(1)
  })

  it('passes the strong anchor and fails the weak one, with medium in between', () => {
    const strong = scoreRubric(rubric, composeAnchorAnswer(rubric, 'strong'))
    const medium = scoreRubric(rubric, composeAnchorAnswer(rubric, 'medium'))
    const weak = scoreRubric(rubric, composeAnchorAnswer(rubric, 'weak'))
    expect(strong.verdict, strong.feedback.join('\n')).toBe('accepted')
    expect(strong.score).toBeGreaterThanOrEqual(90)
    expect(weak.verdict).toBe('rejected')
    expect(weak.score).toBeLessThan(25)
    expect(medium.score).toBeGreaterThan(weak.score)
    expect(medium.score).toBeLessThan(strong.score)
    expect(medium.verdict).toBe('rejected')
  })

  it('fails an off-topic answer and says that every part is unaddressed', () => {
    const result = scoreRubric(rubric, offTopic)
    expect(result.verdict).toBe('rejected')
    expect(result.score).toBeLessThan(10)
    for (const c of rubric.criteria) expect(result.feedback.join('\n')).toContain(`${c.title}: nothing in your answer addresses this part yet`)
    expect(result.feedback.join('\n')).toContain('the primary (success) metric (required)')
  })

  it('fails a one-line answer and names what is missing', () => {
    const result = scoreRubric(rubric, 'I would run an A/B test and check the primary metric.')
    expect(result.verdict).toBe('rejected')
    const text = result.feedback.join('\n')
    expect(text).toContain('guardrail metrics that must not get worse')
    expect(text).toContain('how long the test runs')
    expect(result.criteria.find((c) => c.id === 'ab-test')!.covered.map((k) => k.concept.id)).toContain('primary-metric')
  })
})

describe('what the seed answers are credited with', () => {
  it('feed: quotes the duration line and the guardrail heading, and misses novelty', () => {
    const result = scoreRubric(productSenseRubrics['feed-engagement/product-sense'], fixture('seed-feed-engagement.md'))
    const test = result.criteria.find((c) => c.id === 'ab-test')!
    const quote = (id: string) => test.covered.find((k) => k.concept.id === id)?.sentence
    expect(quote('duration-and-sample-size')).toBe('Duration: 3 weeks for statistical significance')
    expect(quote('guardrails')).toBe('Guardrail Metrics:')
    expect(quote('hypothesis')).toBe('Intervention: Increase weight of friend posts vs algorithmic recommendations')
    expect(test.missing.map((m) => m.id)).toEqual(expect.arrayContaining(['novelty-and-seasonality', 'randomization-unit']))
  })

  it('ads: "(no click)" does not count as discussing clicks, and the test design gaps are named', () => {
    const result = scoreRubric(productSenseRubrics['ads-attribution/product-sense'], fixture('seed-ads-attribution.md'))
    const metrics = result.criteria.find((c) => c.id === 'attribution-metrics')!
    expect(metrics.missing.map((m) => m.id)).toContain('funnel')
    expect(result.feedback.join('\n')).toMatch(/A\/B test design \(attribution window\): to make it stronger, add .*guardrail metrics/)
  })
})

describe('flagging a test shorter than the experiment helper computes', () => {
  it('reels: the seed plans 2 weeks; a 1% lift on a 30% completion rate at 40k new users a day needs longer', async () => {
    const { sampleSizePerArm, experimentDuration } = await import('../../../src/engine/experiment')
    const perArm = sampleSizePerArm({ metric: 'proportion', baseline: 0.3, relativeMde: 0.01, alpha: 0.05, power: 0.8, formula: 'pooled-normal' }).control
    const { recommendedDays } = experimentDuration({ perArm, arms: 2, eligibleDailyUsers: 40_000, trafficShare: 1 })
    expect(recommendedDays).toBe(21) // 734,646 users / 40,000 a day = 19 days -> 3 whole weeks
    const result = scoreRubric(productSenseRubrics['reels-sessions/product-sense'], fixture('seed-reels-sessions.md'), { minimumExperimentDays: recommendedDays })
    expect(result.experimentLength?.status).toBe('fail')
    expect(result.feedback.at(-1)).toBe(
      'Your test runs 2 weeks (14 days) ("Duration: 2 weeks"), shorter than the 3 weeks (21 days) it needs to reach its sample size; run it at least 3 weeks (21 days).',
    )
    expect(result.verdict).toBe('accepted') // a flag, not part of the coverage score
  })
})
