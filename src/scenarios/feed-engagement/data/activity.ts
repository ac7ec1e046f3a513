/**
 * Simulates every user's days from the first day of history to the as-of date. The same
 * draws produce both fact tables: sessions are only written out from SESSIONS_START, but
 * the activity rows before it are aggregated from sessions drawn the same way, so the
 * user-day totals look alike on both sides of that date.
 */
import type { Random } from '../../../core/random'
import { isoWeekday, toDayNumber } from '../../../datasets/dates'
import { ACTIVITY_START, AS_OF } from './calendar'
import type { FeedConfig, PlannedUser, Platform, UserDay } from './model'
import { drawDaySessions, runsBadRelease } from './sessions'

/** How much less often an Android user on the bad release opens the app. */
const RELEASE_FREQUENCY_FACTOR = 0.72
/** Chance of a background-only (is_dau = 0) row on a day without a session. */
const BACKGROUND_ROW_CHANCE = 0.035
/** Background rows (notifications delivered) continue this long after a user churns. */
const BACKGROUND_AFTER_CHURN_DAYS = 30

function dayFactor(platform: Platform, day: number): number {
  const weekend = isoWeekday(day) >= 6
  if (platform === 'web') return weekend ? 0.9 : 1.03
  return 1
}

function postsCreated(random: Random, user: PlannedUser): number {
  return random.poisson(user.segment === 'creator' ? 0.7 : 0.03)
}

/** Days of a planted user: exactly the scripted active and background days. */
function simulateScripted(random: Random, user: PlannedUser, outage: { platform: Platform; day: number }): UserDay[] {
  const script = user.script!
  const days: UserDay[] = []
  const all = [...script.activeDays.map((d) => [d, 1]), ...script.backgroundDays.map((d) => [d, 0])]
  all.sort((a, b) => a[0] - b[0])
  for (const [day, active] of all) {
    if (!active) {
      days.push({ userId: user.userId, day, sessions: [], postsCreated: 0 })
      continue
    }
    const blocked = day === outage.day ? outage.platform : null
    const sessions = drawDaySessions(random, user, day, blocked)
    days.push({ userId: user.userId, day, sessions, postsCreated: postsCreated(random, user) })
  }
  return days
}

function simulateOrganic(random: Random, user: PlannedUser, outage: { platform: Platform; day: number }): UserDay[] {
  const days: UserDay[] = []
  const reg = toDayNumber(user.registrationDate)
  const first = Math.max(reg, toDayNumber(ACTIVITY_START))
  const last = toDayNumber(AS_OF)
  for (let day = first; day <= last; day++) {
    if (day <= user.lastPossibleDay) {
      const p =
        day === reg
          ? 0.95
          : user.habit * dayFactor(user.platform, day) * (runsBadRelease(user, day) ? RELEASE_FREQUENCY_FACTOR : 1)
      if (random.chance(p)) {
        const blocked = day === outage.day ? outage.platform : null
        const sessions = drawDaySessions(random, user, day, blocked)
        if (sessions.length > 0) {
          days.push({ userId: user.userId, day, sessions, postsCreated: postsCreated(random, user) })
        } else if (random.chance(0.5)) {
          // The outage: the app was opened in the background but no session started.
          days.push({ userId: user.userId, day, sessions: [], postsCreated: 0 })
        }
        continue
      }
    }
    if (day <= user.lastPossibleDay + BACKGROUND_AFTER_CHURN_DAYS && random.chance(BACKGROUND_ROW_CHANCE)) {
      days.push({ userId: user.userId, day, sessions: [], postsCreated: 0 })
    }
  }
  return days
}

/**
 * Every user-day with a row in fact_user_daily_activity, ordered by user then day.
 * Each user draws from their own forked stream, so planting or re-tuning one user never
 * reshuffles the others.
 */
export function simulateUserDays(users: PlannedUser[], config: FeedConfig, random: Random): UserDay[] {
  const outage = { platform: config.outage.platform, day: toDayNumber(config.outage.date) }
  const days: UserDay[] = []
  for (const user of users) {
    if (user.neverActive && !user.script?.backgroundDays.length) continue
    const userRandom = random.fork(`user-${user.userId}`)
    days.push(...(user.script ? simulateScripted(userRandom, user, outage) : simulateOrganic(userRandom, user, outage)))
  }
  return days
}
