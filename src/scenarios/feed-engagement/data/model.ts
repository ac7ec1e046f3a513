import type { IsoDate } from '../../../datasets/dates'

/** Values of fact_user_sessions.platform_type. */
export type Platform = 'ios' | 'android' | 'web'

/** Everything decided about a user before their days are simulated. */
export interface PlannedUser {
  /** Assigned after all users are planned, in registration order. */
  userId: number
  registrationDate: IsoDate
  /** Platform of most sessions. */
  platform: Platform
  /** Mobile users who sometimes open the web app instead. */
  alsoWeb: boolean
  channel: string
  segment: 'creator' | 'casual' | 'heavy_consumer'
  /** Chance of being active on an ordinary day while not churned. */
  habit: number
  /** Day number of the last day the user can be active (churn); Infinity when never. */
  lastPossibleDay: number
  /** Registered but never opened a session. */
  neverActive: boolean
  /** Day number the user installed the Android release (Infinity if never / not Android). */
  androidUpdateDay: number
  /** Sessions before the activity table's first day (feeds lifetime_sessions only). */
  sessionsBeforeHistory: number
  /**
   * A planted edge-case user: active exactly on these day numbers and no other, with
   * is_dau = 0 rows on `backgroundDays`. Label says which edge case (for tests and mentors).
   */
  script?: { label: string; activeDays: number[]; backgroundDays: number[] }
}

/** One session before it becomes a row; times are seconds from the start day's midnight UTC. */
export interface SessionDraft {
  userId: number
  day: number
  startSecond: number
  /** Null when the session never reported an end. */
  durationSeconds: number | null
  platform: Platform
  entryPoint: string | null
  postsViewed: number
  postsLiked: number
  postsShared: number
  postsCommented: number
  storiesViewed: number
  scrollPx: number
  /** 0-100 with one decimal. */
  maxScrollDepthPct: number
}

/** One user-day: either active (sessions) or background-only (is_dau = 0). */
export interface UserDay {
  userId: number
  day: number
  sessions: SessionDraft[]
  postsCreated: number
}

/** Per-variant knobs, resolved from the variant's seed and scale. */
export interface FeedConfig {
  seed: number
  scale: number
  /** Registrations per month 'YYYY-MM', from 2022-01 to 2024-06. */
  cohortSizes: Record<string, number>
  /** The platform outage: a day with no sessions at all on one platform. */
  outage: { platform: Platform; date: IsoDate }
  /** Dates in May (within [June 1 - 29, May 31]) on which planted one-day users are active. */
  sleeperDates: IsoDate[]
}
