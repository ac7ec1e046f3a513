import type { Random } from '../../../core/random'
import { eachDate, lastDayOfMonth, toDayNumber, type IsoDate } from '../../../datasets/dates'
import { ACTIVITY_START, AS_OF } from './calendar'
import type { FeedConfig, PlannedUser } from './model'
import { clamp, drawBasics, exponential } from './user-basics'
import { planRetentionScripts, planSleepers } from './plants'

/**
 * Mean extra lifetime (days, after the first 60) of users who settle into a habit. With a
 * steady inflow of cohorts since 2022 this keeps the active base roughly flat through 2024
 * (registrations and churn balance), so only the planted cause moves platform DAU.
 */
const LONG_LIVED_MEAN_DAYS = 120

/**
 * A newly registered user: many try the app once or for a few days, the rest settle into
 * a habit. The shape gives D1/D7/D30 retention of roughly 50/40/30 %.
 */
function planNewUser(random: Random, registrationDate: IsoDate): PlannedUser {
  const habit = clamp(random.normal(0.87, 0.12), 0.2, 0.98)
  const user = drawBasics(random, registrationDate, habit)
  const reg = toDayNumber(registrationDate)
  const r = random.next()
  if (r < 0.04) user.neverActive = true
  else if (r < 0.22) user.lastPossibleDay = reg
  else if (r < 0.38) user.lastPossibleDay = reg + random.int(1, 14)
  else if (r < 0.5) user.lastPossibleDay = reg + random.int(15, 60)
  else user.lastPossibleDay = reg + 60 + Math.floor(exponential(random, LONG_LIVED_MEAN_DAYS))
  const historyStart = toDayNumber(ACTIVITY_START)
  if (reg < historyStart && !user.neverActive) {
    const daysBefore = Math.min(user.lastPossibleDay + 1, historyStart) - reg
    user.sessionsBeforeHistory = Math.max(1, Math.round(daysBefore * habit * 1.3))
  }
  return user
}

/** Registration dates for one month's cohort, spread over the month's days. */
function drawCohortDates(random: Random, month: string, size: number): IsoDate[] {
  const last = lastDayOfMonth(month)
  const days = eachDate(`${month}-01`, last < AS_OF ? last : AS_OF)
  // The first and last day of the month always have a registration (cohort_month boundary).
  const dates = [days[0], days[days.length - 1]]
  while (dates.length < size) dates.push(random.pick(days))
  return dates.slice(0, size)
}

/**
 * Plans every user of a variant: monthly cohorts from FIRST_COHORT to 2024-06 (the 2024
 * sizes are the cohort-threshold edge cases) and the planted edge-case users, which count
 * towards their cohort's size. Users who churned before the activity history starts keep
 * their dim_user_cohorts row but have no activity rows. Returns users ordered by
 * registration, with ids set.
 */
export function planUsers(config: FeedConfig, random: Random): PlannedUser[] {
  const users: PlannedUser[] = []
  users.push(...planSleepers(config, random))

  for (const [month, size] of Object.entries(config.cohortSizes)) {
    const scripted = month >= '2024-01' && month <= '2024-05' ? planRetentionScripts(month, config, random) : []
    users.push(...scripted)
    for (const date of drawCohortDates(random, month, size - scripted.length)) {
      users.push(planNewUser(random, date))
    }
  }
  // A planted "registered but never active" user in June too (beside the random ones).
  const never = planNewUser(random, '2024-06-03')
  never.neverActive = true
  users.push(never)

  // Ids grow with registration date, as a real sequence would; ties keep planning order.
  const order = users.map((u, i) => ({ u, i, key: random.next() }))
  order.sort((a, b) => a.u.registrationDate.localeCompare(b.u.registrationDate) || a.key - b.key)
  return order.map(({ u }, index) => ({ ...u, userId: index + 1 }))
}
