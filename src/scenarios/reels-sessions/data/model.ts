import type { IsoDate } from '../../../datasets/dates'

/** Values of fact_reels_events.device_type. */
export type Device = 'ios' | 'android' | 'web'

export type EventType = 'view_start' | 'view_end' | 'like' | 'share' | 'comment'

export interface User {
  userId: number
  registrationDate: IsoDate
  countryCode: string
  ageGroup: string
  preferredCategories: string[]
  followerCount: number
  device: Device
  /** Relative chance of being the user behind a random session. */
  activity: number
  /** Day number the user installed the Android release (Infinity if never / not Android). */
  updateDay: number
}

/** Why a creator exists in the data: most are ordinary; planted ones carry an edge case. */
export type CreatorRole =
  | 'ordinary'
  | 'followers-999'
  | 'followers-1000'
  | 'current-week-only'
  | 'previous-week-only'
  | 'skips-previous-week'
  | 'growth-twin'

export interface Creator {
  creatorId: number
  username: string
  followerCount: number
  verificationStatus: string
  joinDate: IsoDate
  role: CreatorRole
}

export interface Video {
  videoId: number
  creatorId: number
  /** Day number and second of the upload (UTC). */
  uploadDay: number
  uploadSecond: number
  durationSeconds: number
  category: string
  contentRating: string
  hasMusic: number
  quality: string
  /** Weight in the random picker before the age decay; 0 = only planted sessions show it. */
  appeal: number
  /** A planted role (for tests and mentors), or undefined for ordinary videos. */
  plant?: string
}

/** One video shown in a session, with what the viewer did. */
export interface ViewPlan {
  videoId: number
  /** Seconds from the previous view's end (or the session start) to this view_start. */
  startDelay: number
  /** Seconds watched before swiping on. */
  watchSeconds: number
  likes: number
  shares: number
  comments: number
  /** False when the app was closed before the view_end was logged. */
  endLogged: boolean
}

/** A session before it becomes rows; the start is seconds from its day's midnight (UTC). */
export interface SessionPlan {
  userId: number
  device: Device
  day: number
  startSecond: number
  views: ViewPlan[]
  /** A planted edge case (for tests and mentors), or undefined. */
  plant?: string
}

/** Per-variant knobs, resolved from the variant's seed and scale. */
export interface ReelsConfig {
  seed: number
  scale: number
  visible: boolean
  users: number
  ordinaryCreators: number
  /** Random sessions per day, before the weekday factor. */
  sessionsPerDay: number
  /** Cascades in fact_share_chains besides the planted viral ones. */
  smallCascades: number
}
