/** Turns simulated users and user-days into the rows of the three tables. */
import type { Row } from '../../../datasets/types'
import { formatTimestamp, fromDayNumber, toDayNumber } from '../../../datasets/dates'
import { ACTIVITY_START, AS_OF, SESSIONS_START } from './calendar'
import type { PlannedUser, UserDay } from './model'

const LAST_SECOND = 86_399

/**
 * fact_user_sessions rows from SESSIONS_START on, ordered by start time so session ids
 * grow with time. A session that would end after the as-of date is still open: no end.
 */
export function buildSessionRows(days: UserDay[]): Row[] {
  const firstDay = toDayNumber(SESSIONS_START)
  const lastDay = toDayNumber(AS_OF)
  const drafts = days.filter((d) => d.day >= firstDay).flatMap((d) => d.sessions)
  drafts.sort((a, b) => a.day - b.day || a.startSecond - b.startSecond || a.userId - b.userId)
  return drafts.map((s, i) => {
    let duration = s.durationSeconds
    if (duration !== null && s.day === lastDay && s.startSecond + duration > LAST_SECOND) duration = null
    const hour = Math.floor(s.startSecond / 3600)
    return {
      session_id: `s${String(i + 1).padStart(6, '0')}`,
      user_id: s.userId,
      session_start_ts: formatTimestamp(s.day, s.startSecond),
      session_end_ts: duration === null ? null : formatTimestamp(s.day, s.startSecond + duration),
      platform_type: s.platform,
      entry_point: s.entryPoint,
      posts_viewed: s.postsViewed,
      posts_liked: s.postsLiked,
      posts_shared: s.postsShared,
      posts_commented: s.postsCommented,
      stories_viewed: s.storiesViewed,
      total_scroll_distance_px: s.scrollPx,
      max_scroll_depth_pct: s.maxScrollDepthPct,
      session_bounce_flag: s.postsViewed === 0 ? 1 : 0,
      date_partition: fromDayNumber(s.day),
      hour_partition: hour,
    }
  })
}

/** Seconds a session counted towards time spent (open sessions count nothing). */
function countedSeconds(day: UserDay, index: number): number {
  const s = day.sessions[index]
  if (s.durationSeconds === null) return 0
  if (s.day === toDayNumber(AS_OF) && s.startSecond + s.durationSeconds > LAST_SECOND) return 0
  return s.durationSeconds
}

/** fact_user_daily_activity rows, one per user-day, aggregated from that day's sessions. */
export function buildActivityRows(days: UserDay[]): Row[] {
  return days.map((d) => {
    let seconds = 0
    let engagement = 0
    for (let i = 0; i < d.sessions.length; i++) {
      const s = d.sessions[i]
      seconds += countedSeconds(d, i)
      engagement += s.postsLiked + s.postsShared + s.postsCommented
    }
    const active = d.sessions.length > 0
    return {
      user_id: d.userId,
      activity_date: fromDayNumber(d.day),
      is_dau: active ? 1 : 0,
      is_feed_active: d.sessions.some((s) => s.postsViewed > 0) ? 1 : 0,
      is_stories_active: d.sessions.some((s) => s.storiesViewed > 0) ? 1 : 0,
      is_creator: d.postsCreated > 0 ? 1 : 0,
      total_sessions: d.sessions.length,
      total_time_spent_minutes: Math.round(seconds / 60),
      posts_created: d.postsCreated,
      engagement_events: engagement,
    }
  })
}

/**
 * dim_user_cohorts rows. Retention flags agree with the activity rows; a flag whose day
 * lies before the history or after today is NULL (unknown), not 0.
 */
export function buildCohortRows(users: PlannedUser[], days: UserDay[]): Row[] {
  const activeDays = new Map<number, Set<number>>()
  const sessionCounts = new Map<number, number>()
  for (const d of days) {
    if (d.sessions.length === 0) continue
    let set = activeDays.get(d.userId)
    if (!set) activeDays.set(d.userId, (set = new Set()))
    set.add(d.day)
    sessionCounts.set(d.userId, (sessionCounts.get(d.userId) ?? 0) + d.sessions.length)
  }
  const historyStart = toDayNumber(ACTIVITY_START)
  const today = toDayNumber(AS_OF)
  return users.map((u) => {
    const reg = toDayNumber(u.registrationDate)
    const active = activeDays.get(u.userId) ?? new Set<number>()
    const retained = (n: number): number | null => {
      const day = reg + n
      if (day < historyStart || day > today) return null
      return active.has(day) ? 1 : 0
    }
    const lastActive = active.size ? Math.max(...active) : null
    return {
      user_id: u.userId,
      registration_date: u.registrationDate,
      cohort_month: u.registrationDate.slice(0, 7),
      acquisition_channel: u.channel,
      user_segment: u.segment,
      days_since_registration: today - reg,
      lifetime_sessions: u.sessionsBeforeHistory + (sessionCounts.get(u.userId) ?? 0),
      last_active_date: lastActive === null ? null : fromDayNumber(lastActive),
      is_retained_d1: retained(1),
      is_retained_d7: retained(7),
      is_retained_d30: retained(30),
    }
  })
}
