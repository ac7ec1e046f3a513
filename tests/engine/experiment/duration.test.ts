import { describe, expect, it } from 'vitest'
import { experimentDuration } from '../../../src/engine/experiment'

describe('experimentDuration', () => {
  it('divides the users needed by the users entering per day, rounding up', () => {
    const d = experimentDuration({ perArm: 14_751, arms: 2, eligibleDailyUsers: 2_000, trafficShare: 0.5 })
    expect(d.totalUsers).toBe(29_502)
    expect(d.usersPerDay).toBe(1_000)
    expect(d.days).toBe(30)
    expect(d.weeks).toBe(5)
    expect(d.recommendedDays).toBe(35)
  })

  it('recommends a full week even when one day would do', () => {
    const d = experimentDuration({ perArm: 100, eligibleDailyUsers: 1_000_000 })
    expect(d.days).toBe(1)
    expect(d.weeks).toBe(1)
    expect(d.recommendedDays).toBe(7)
  })

  it('an exact multiple of a week stays that many weeks', () => {
    const d = experimentDuration({ perArm: 7_000, eligibleDailyUsers: 1_000 })
    expect(d.days).toBe(14)
    expect(d.weeks).toBe(2)
  })

  it('one user over a week adds a day and a week', () => {
    const d = experimentDuration({ perArm: [3_500, 3_501], eligibleDailyUsers: 1_000 })
    expect(d.days).toBe(8)
    expect(d.weeks).toBe(2)
  })

  it('counts every arm, and unequal arms by their sizes', () => {
    expect(experimentDuration({ perArm: 1_000, arms: 3, eligibleDailyUsers: 100 }).days).toBe(30)
    expect(experimentDuration({ perArm: [9_000, 1_000], eligibleDailyUsers: 1_000 }).days).toBe(10)
  })

  it('refuses inputs that cannot describe an experiment', () => {
    expect(() => experimentDuration({ perArm: 100, eligibleDailyUsers: 0 })).toThrow(/eligibleDailyUsers/)
    expect(() => experimentDuration({ perArm: 100, eligibleDailyUsers: 10, trafficShare: 0 })).toThrow(/trafficShare/)
    expect(() => experimentDuration({ perArm: 100, eligibleDailyUsers: 10, trafficShare: 1.2 })).toThrow(/trafficShare/)
    expect(() => experimentDuration({ perArm: [100, 100], arms: 3, eligibleDailyUsers: 10 })).toThrow(/arms/)
    expect(() => experimentDuration({ perArm: 100, arms: 1, eligibleDailyUsers: 10 })).toThrow(/two arms/)
    expect(() => experimentDuration({ perArm: -5, eligibleDailyUsers: 10 })).toThrow(/positive/)
  })
})
