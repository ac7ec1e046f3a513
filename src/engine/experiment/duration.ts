export interface ExperimentDurationInput {
  /** Users needed per arm: one number for equal arms, or one entry per arm. */
  perArm: number | readonly number[]
  /** Number of arms, control included; only needed with a single `perArm` number. Defaults to 2. */
  arms?: number
  /**
   * New eligible users per day: users who enter the experiment's population for the first
   * time that day. (Daily active users overstate this, since returning users are already enrolled.)
   */
  eligibleDailyUsers: number
  /** Share of eligible users put in the experiment, 0 < share <= 1. Defaults to 1. */
  trafficShare?: number
}

export interface ExperimentDuration {
  totalUsers: number
  /** Users entering the experiment per day: eligibleDailyUsers x trafficShare. */
  usersPerDay: number
  /** Days to reach the sample size: ceil(totalUsers / usersPerDay). */
  days: number
  /** Whole weeks to run: at least one, so every weekday is seen (weekly seasonality). */
  weeks: number
  /** weeks x 7: the length we recommend stating in a test plan. */
  recommendedDays: number
}

/**
 * How long an experiment must run: days = ceil(sum of arm sizes / (eligibleDailyUsers x
 * trafficShare)); the recommendation rounds up to whole weeks, and never below one week,
 * because weekday and weekend users behave differently and a partial week over-weights some days.
 * @throws RangeError on non-positive users per day, a traffic share outside (0, 1], or arm sizes that are not positive.
 */
export function experimentDuration(input: ExperimentDurationInput): ExperimentDuration {
  const share = input.trafficShare ?? 1
  if (!(share > 0 && share <= 1)) throw new RangeError(`trafficShare must be in (0, 1], got ${share}`)
  if (!(input.eligibleDailyUsers > 0) || !Number.isFinite(input.eligibleDailyUsers))
    throw new RangeError(`eligibleDailyUsers must be a positive number, got ${input.eligibleDailyUsers}`)
  const sizes = typeof input.perArm === 'number' ? Array.from({ length: input.arms ?? 2 }, () => input.perArm as number) : [...input.perArm]
  if (typeof input.perArm !== 'number' && input.arms !== undefined && input.arms !== sizes.length)
    throw new RangeError(`arms is ${input.arms} but perArm lists ${sizes.length} sizes`)
  if (sizes.length < 2) throw new RangeError('an experiment needs at least two arms')
  if (sizes.some((n) => !(n > 0) || !Number.isFinite(n))) throw new RangeError('every arm size must be a positive number')
  const totalUsers = sizes.reduce((a, b) => a + b, 0)
  const usersPerDay = input.eligibleDailyUsers * share
  const days = Math.ceil(totalUsers / usersPerDay - 1e-9)
  const weeks = Math.max(1, Math.ceil(days / 7))
  return { totalUsers, usersPerDay, days, weeks, recommendedDays: weeks * 7 }
}
