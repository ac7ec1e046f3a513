import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  composeAnchorAnswer, computeExperimentMinimum, gradeProductAnswer, scoreRubric, toGrade,
} from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const rubricOf = (scenario: string) => productSenseRubrics[`${scenario}/product-sense`]
/** A seed answer without its stated split, so the length check sizes it with the statement's traffic share. */
const withoutSplit = (md: string) => md.replace(/ \(50%\)/g, '').replace('50/50 random assignment', 'random assignment')

describe("each scenario's experiment plan", () => {
  // Pooled-normal sample size (matches the statsmodels table within one user), then whole weeks.
  it.each([
    ['feed-engagement', { perArm: 113_452, totalUnits: 226_904, unitsPerDay: 15_000, sampleDays: 16, minimumDays: 21 }],
    ['reels-sessions', { perArm: 15_017, totalUnits: 30_034, unitsPerDay: 3_000, sampleDays: 11, minimumDays: 14 }],
    ['ads-attribution', { perArm: 1_447, totalUnits: 4_341, unitsPerDay: 300, sampleDays: 15, minimumDays: 21 }],
    ['pymk', { perArm: 3_618, totalUnits: 7_236, unitsPerDay: 20_000, sampleDays: 1, minimumDays: 7 }],
  ])('%s needs %o', (scenario, expected) => {
    const plan = rubricOf(scenario).experiment
    expect(plan, scenario).toBeDefined()
    expect(plan!.basis.length).toBeGreaterThan(40)
    expect(computeExperimentMinimum(plan!)).toEqual(expected)
  })
})

describe('gradeProductAnswer', () => {
  it("keeps the seed answers accepted: feed plans 3 weeks (needs 3), reels 2 weeks (needs 2)", () => {
    for (const scenario of ['feed-engagement', 'reels-sessions']) {
      const { result, grade } = gradeProductAnswer(rubricOf(scenario), fixture(`seed-${scenario}.md`))
      expect(grade.verdict, grade.feedback.join('\n')).toBe('accepted')
      expect(result.experimentLength?.status, scenario).toBe('pass')
      expect(grade.checks.at(-1)).toEqual(result.experimentLength)
    }
  })

  it('says so when an answer states no test length, without rejecting it for that alone (the rubric already scores it)', () => {
    for (const [scenario, need] of [['ads-attribution', '3 weeks (21 days)'], ['pymk', '1 week (7 days)']]) {
      const { result, grade } = gradeProductAnswer(rubricOf(scenario), fixture(`seed-${scenario}.md`))
      expect(grade.verdict, scenario).toBe('accepted')
      const check = grade.checks.find((c) => c.id === 'experiment-length')!
      expect(check.status).toBe('fail')
      expect(check.message).toMatch(new RegExp(`^Your test plan does not say how long the experiment runs\\. It needs at least ${need.replace(/[()]/g, '\\$&')}`))
      expect(grade.feedback).toContain(check.message)
      expect(result.score).toBe(scoreRubric(rubricOf(scenario), fixture(`seed-${scenario}.md`)).score) // never moves the score
    }
  })

  it('rejects a test too short to reach its sample size, naming both lengths right after the verdict line', () => {
    const answer = `${fixture('seed-ads-attribution.md')}\n- **Duration**: 1 week\n`
    const { result, grade } = gradeProductAnswer(rubricOf('ads-attribution'), answer)
    const plain = scoreRubric(rubricOf('ads-attribution'), answer)
    expect(plain.verdict).toBe('accepted') // the coverage alone would pass
    expect(grade.verdict).toBe('rejected')
    expect(grade.score).toBe(plain.score)
    const check = grade.checks.find((c) => c.id === 'experiment-length')!
    expect(check.status).toBe('fail')
    expect(check.message).toContain('Your test runs 1 week (7 days) ("Duration: 1 week"), shorter than the 3 weeks (21 days) it needs to reach its sample size')
    expect(check.message).toContain('1,447 advertisers per arm')
    expect(check.message).toContain('so 15 days of enrolment')
    expect(grade.feedback[0]).toMatch(/^Rejected: your answer covers \d+ of \d+ rubric points \(score \d+, above the 60 needed\), but the test plan cannot reach its own sample size in the time it runs\.$/)
    expect(grade.feedback[1]).toBe(check.message)
    expect(result.experimentLength).toEqual(check)
  })

  it('flags, without rejecting, a test that reaches its sample size but not whole weeks', () => {
    const answer = withoutSplit(fixture('seed-feed-engagement.md')).replace('**Duration**: 3 weeks', '**Duration**: 18 days')
    const { grade } = gradeProductAnswer(rubricOf('feed-engagement'), answer)
    expect(grade.verdict).toBe('accepted')
    const check = grade.checks.find((c) => c.id === 'experiment-length')!
    expect(check.status).toBe('fail')
    expect(check.message).toMatch(/^Your test runs 18 days \("Duration: 18 days for statistical significance"\): enough to reach its sample size \(16 days\) but not whole weeks; run it at least 3 weeks \(21 days\)/)
  })

  it("rejects the reels seed's plan cut to one week: 7 days cannot enrol 30,034 users at 3,000 a day", () => {
    const answer = withoutSplit(fixture('seed-reels-sessions.md')).replace('**Duration**: 2 weeks', '**Duration**: 1 week')
    const { grade } = gradeProductAnswer(rubricOf('reels-sessions'), answer)
    expect(grade.verdict).toBe('rejected')
    expect(grade.feedback[1]).toMatch(/^Your test runs 1 week \(7 days\) \("Duration: 1 week"\), shorter than the 2 weeks \(14 days\) it needs to reach its sample size/)
  })

  it('passes a test exactly as long as the minimum, and a longer one', () => {
    for (const stated of ['3 weeks', '21 days', '4 weeks']) {
      const { grade } = gradeProductAnswer(rubricOf('ads-attribution'), `${fixture('seed-ads-attribution.md')}\n- **Duration**: ${stated}\n`)
      const check = grade.checks.find((c) => c.id === 'experiment-length')!
      expect(check.status, stated).toBe('pass')
      expect(check.message).toContain('enough for the 3 weeks (21 days) it needs')
      expect(grade.verdict).toBe('accepted')
    }
  })

  it('does not turn a rejected answer into anything else, and grades every anchor as before', () => {
    for (const rubric of Object.values(productSenseRubrics)) {
      for (const level of ['strong', 'medium', 'weak'] as const) {
        const answer = composeAnchorAnswer(rubric, level)
        const before = toGrade(scoreRubric(rubric, answer))
        const { grade } = gradeProductAnswer(rubric, answer)
        expect(grade.score).toBe(before.score)
        if (before.verdict === 'rejected') expect(grade.verdict).toBe('rejected')
      }
      expect(gradeProductAnswer(rubric, composeAnchorAnswer(rubric, 'strong')).grade.verdict, rubric.id).toBe('accepted')
    }
  })

  it("judges a plan by its own numbers: a 50/50 split, or 10% per arm with its own sample size, reaches it in 2 weeks", () => {
    const seed = withoutSplit(fixture('seed-feed-engagement.md'))
    for (const plan of ['- **Split**: users randomised 50/50 by user id.', '- **Split**: 10% per arm; we need about 114,000 users per arm.']) {
      const answer = seed.replace('**Duration**: 3 weeks', '**Duration**: 2 weeks') + `\n${plan}\n`
      const { grade } = gradeProductAnswer(rubricOf('feed-engagement'), answer)
      expect(grade.verdict, plan).toBe('accepted')
      expect(grade.checks.find((c) => c.id === 'experiment-length')!.message, plan).toMatch(/your plan's/)
    }
  })

  it('still rejects a plan whose own numbers fall short: 0.5% per arm cannot enrol 114,000 per arm in 2 weeks', () => {
    const answer = withoutSplit(fixture('seed-feed-engagement.md')).replace('**Duration**: 3 weeks', '**Duration**: 2 weeks') + '\n- **Split**: 0.5% per arm, 114,000 users per arm.\n'
    expect(gradeProductAnswer(rubricOf('feed-engagement'), answer).grade.verdict).toBe('rejected')
  })
})
