/**
 * Planted edge-case users. Each exists in every variant, by construction rather than by
 * luck, so every hidden dataset still separates the right answer from the common wrong ones.
 */
import type { Random } from '../../../core/random'
import { addDays, toDayNumber } from '../../../datasets/dates'
import type { FeedConfig, PlannedUser } from './model'
import { drawBasics } from './user-basics'

/**
 * A scripted user's sessions must all survive the outage (or a planted day could lose its
 * session), so they use one mobile platform that is not the one going down.
 */
function keepClearOfOutage(user: PlannedUser, config: FeedConfig): void {
  user.alsoWeb = false
  if (user.platform === config.outage.platform || user.platform === 'web') {
    user.platform = config.outage.platform === 'ios' ? 'android' : 'ios'
  }
}

/**
 * Activity patterns relative to registration day (offsets in days) for the cohort
 * retention exercise; `background` offsets get an is_dau = 0 row.
 */
const RETENTION_PATTERNS: { label: string; active: number[]; background?: number[]; never?: true }[] = [
  // Active on day 2 but not day 1: the seed's ">= N" bug counts this as D1-retained.
  { label: 'd1-gap', active: [0, 2, 3] },
  { label: 'd1-exact', active: [0, 1] },
  // Back on day 8 but not day 7.
  { label: 'd7-gap', active: [0, 8, 9, 13] },
  { label: 'd7-exact', active: [0, 1, 7] },
  { label: 'd30-exact', active: [0, 30] },
  // Day 31 only: retained under an open-ended ">= 30", not under "exactly 30".
  { label: 'd30-late', active: [0, 31, 35] },
  // Day 29 only: retained under a BETWEEN 29 AND 31 style window.
  { label: 'd30-early', active: [0, 29] },
  // Rows on days 1, 7 and 30 exist but with is_dau = 0: retained only if the filter is missed.
  { label: 'dau0-retention', active: [0], background: [1, 7, 30] },
  // Came back on day 1 without a session on registration day.
  { label: 'no-reg-day', active: [1, 7] },
  // Never active: counted in cohort_size, invisible to an inner join with the activity table.
  { label: 'never-active', active: [], never: true },
]

/** Number of planted users per 2024-01..05 cohort (they count towards its size). */
export const RETENTION_SCRIPT_COUNT = RETENTION_PATTERNS.length

/** The planted retention users of one cohort month (2024-01 .. 2024-05). */
export function planRetentionScripts(month: string, config: FeedConfig, random: Random): PlannedUser[] {
  return RETENTION_PATTERNS.map((pattern) => {
    // Day 2..20 of the month keeps registration + 35 inside the history for May too.
    const registrationDate = `${month}-${String(random.int(2, 20)).padStart(2, '0')}`
    const user = drawBasics(random, registrationDate, 0.5)
    keepClearOfOutage(user, config)
    const reg = toDayNumber(registrationDate)
    user.neverActive = pattern.never === true
    user.script = {
      label: pattern.label,
      activeDays: pattern.active.map((o) => reg + o),
      backgroundDays: (pattern.background ?? []).map((o) => reg + o),
    }
    return user
  })
}

/**
 * Long-standing users who come back on a single day in May and otherwise only leave
 * background (is_dau = 0) rows, some in June. For the June DAU/MAU exercise a May date x is
 * exactly D - 29 for D = x + 29 (inside the window) and D - 30 for D = x + 30 (outside), so
 * off-by-one windows and missing is_dau filters change MAU.
 */
export function planSleepers(config: FeedConfig, random: Random): PlannedUser[] {
  return config.sleeperDates.map((date, i) => {
    const user = drawBasics(random, `2023-0${(i % 9) + 1}-15`, 0.05)
    keepClearOfOutage(user, config)
    const day = toDayNumber(date)
    user.sessionsBeforeHistory = random.int(20, 200)
    user.script = {
      label: `sleeper-${date}`,
      activeDays: [toDayNumber('2024-02-12') + i * 3, day],
      backgroundDays: [toDayNumber(addDays(date, 35)), toDayNumber(addDays(date, 20 + (i % 5)))]
        .filter((d) => d <= toDayNumber('2024-06-30')),
    }
    return user
  })
}
