import { describe, expect, it } from 'vitest'
import { assessExperimentLength, checkExperimentLength, findExperimentDuration, findExperimentDurationDays } from '../../../src/engine/rubric'

describe('findExperimentDurationDays', () => {
  it.each([
    ['- **Duration**: 3 weeks for statistical significance', 21],
    ['We would run the test for 14 days.', 14],
    ['Run it for two weeks.', 14],
    ['Run for a full week before reading results.', 7],
    ['We plan a 10-day test.', 10],
    ['The experiment runs for 2-3 weeks.', 14],
    ['Run the experiment for one month.', 30],
    ['Test duration: twenty-one days', 21],
    ['- **Duration:** at least 2 full weeks, better 3-4.', 14],
    ['Duration: two full weeks', 14],
    ['**Duration.** At least 2 weeks.', 14],
    ['Duration: 14\u201321 days', 14],
    ['- **Duration:** 4 weeks plus the 7-day window after the last day', 28],
    ['**Duration.** About a month, so that conversions have time to come in.', 30],
    ['### Duration\n\n28 days.', 28],
    ['Run the test for a fortnight.', 14],
  ])('%s -> %i days', (md, days) => {
    expect(findExperimentDurationDays(md)).toBe(days)
  })

  it.each([
    'View-Through Conversions - Purchases within 7 days of ad view (no click)',
    'Population: Active users (logged in last 7 days)',
    'Primary Metric: 30-day sustained engagement rate',
    'Test: 1-day vs 7-day vs 30-day attribution windows',
    'Day 1/7/30 Retention Rates',
    'We will run the test until we have enough users.',
    "Consent: advertisers in the 1-day arm are informed; we can't run billing changes silently.",
  ])('reads no test length from: %s', (md) => {
    expect(findExperimentDurationDays(md)).toBeUndefined()
  })

  it('reads the test length, not an earlier number of days, and returns its sentence', () => {
    const md = '- Population: users active in the last 7 days\n- Run for 3 weeks with a 7-day attribution window'
    expect(findExperimentDuration(md)).toEqual({ days: 21, sentence: 'Run for 3 weeks with a 7-day attribution window' })
  })

  it.each([
    ['Run the test on users active in the last 7 days, for 2 weeks.', 14],
    ['Duration: a 7-day attribution window, run for 4 weeks.', 28],
  ])('skips a window or look-back in the same sentence: %s', (md, days) => {
    expect(findExperimentDurationDays(md)).toBe(days)
  })
})

describe('checkExperimentLength', () => {
  it('flags a test shorter than the computed minimum, quoting the plan', () => {
    const check = checkExperimentLength('- **Duration**: 2 weeks', 21)
    expect(check).toEqual({
      id: 'experiment-length',
      status: 'fail',
      message: 'Your test runs 2 weeks (14 days) ("Duration: 2 weeks"), shorter than the 3 weeks (21 days) it needs to reach its sample size; run it at least 3 weeks (21 days).',
    })
  })

  it('passes a test at least as long as the minimum', () => {
    expect(checkExperimentLength('Run for 21 days.', 21).status).toBe('pass')
    expect(checkExperimentLength('Run for 4 weeks.', 21).status).toBe('pass')
  })

  it('fails when no length is stated', () => {
    const check = checkExperimentLength('We would A/B test it.', 7)
    expect(check.status).toBe('fail')
    expect(check.message).toBe('Your test plan does not say how long the experiment runs. It needs at least 1 week (7 days) to reach its sample size and to cover whole weeks.')
  })
})

describe('assessExperimentLength with the sample-size days', () => {
  it('marks a length below the sample-size days as underpowered, naming both lengths', () => {
    const a = assessExperimentLength('Duration: 10 days.', 21, { sampleDays: 15, basis: 'Sample size: 1,447 per arm.' })
    expect(a.underpowered).toBe(true)
    expect(a.stated?.days).toBe(10)
    expect(a.check.status).toBe('fail')
    expect(a.check.message).toBe(
      'Your test runs 10 days ("Duration: 10 days."), shorter than the 3 weeks (21 days) it needs to reach its sample size; run it at least 3 weeks (21 days). Sample size: 1,447 per arm.',
    )
  })

  it('flags a length that reaches the sample size but cuts the last week short, without calling it underpowered', () => {
    const a = assessExperimentLength('Duration: 15 days.', 21, { sampleDays: 15 })
    expect(a.underpowered).toBe(false)
    expect(a.check.status).toBe('fail')
    expect(a.check.message).toBe('Your test runs 15 days ("Duration: 15 days."): enough to reach its sample size (15 days) but not whole weeks; run it at least 3 weeks (21 days) so every weekday counts the same.')
  })

  it('is never underpowered when no length is stated or the length is enough', () => {
    const none = assessExperimentLength('We would A/B test it.', 21, { sampleDays: 15 })
    expect(none.underpowered).toBe(false)
    expect(none.stated).toBeUndefined()
    expect(none.check.status).toBe('fail')
    expect(assessExperimentLength('Run for 3 weeks.', 21, { sampleDays: 15 })).toMatchObject({ underpowered: false, check: { status: 'pass' } })
  })
})

describe("readStatedPlan: the candidate's own arms", () => {
  it('reads a 50/50 split as two arms, however many arms our plan assumes', async () => {
    const { readStatedPlan } = await import('../../../src/engine/rubric/experiment-own-plan')
    const plan = readStatedPlan('Arms: A is the 1-day window, B the 7-day one.\n\nSplit: 50/50, 150 per arm per day, so about 2,100 per arm in 14 days.')
    expect(plan.arms).toBe(2)
    expect(plan.perArm).toBe(2100)
    expect(plan.trafficShare).toBe(1)
  })

  it('still counts named treatments beyond a 50/50 ramp', async () => {
    const { readStatedPlan } = await import('../../../src/engine/rubric/experiment-own-plan')
    expect(readStatedPlan('Control, Treatment A and Treatment B; ramp 50/50 of the users first.').arms).toBe(3)
  })
})
