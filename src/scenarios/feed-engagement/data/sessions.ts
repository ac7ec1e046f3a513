/**
 * What one active user-day's sessions look like. The planted cause lives here and in
 * activity.ts: after a user installs the Android release, sessions get shorter, bounce
 * more, crash more (no end timestamp) and come less often.
 */
import { createPicker, type Random } from '../../../core/random'
import type { PlannedUser, Platform, SessionDraft } from './model'

/** Relative weight of each UTC hour as a session start (evening peak, quiet night). */
const pickHour = createPicker<number>([
  1.2, 0.8, 0.5, 0.4, 0.4, 0.6, 1.1, 1.8, 2.4, 2.3, 2.1, 2.2,
  2.6, 2.5, 2.2, 2.2, 2.4, 2.8, 3.3, 3.8, 4.0, 3.6, 2.8, 1.9,
].map((w, hour) => [hour, w] as const))

const pickEntryPoint = createPicker<string | null>([
  ['direct', 0.55],
  ['notification', 0.3],
  ['bookmark', 0.12],
  [null, 0.03],
])

/** Per-session behaviour before and after the Android release. */
const NORMAL = { medianSeconds: 330, bounce: 0.09, crash: 0.008, extraSessions: 0.16 }
const AFTER_RELEASE = { medianSeconds: 190, bounce: 0.27, crash: 0.05, extraSessions: 0.06 }

const roundTo1 = (x: number): number => Math.round(x * 10) / 10

/** True when the user runs the degraded Android release on `day`. */
export function runsBadRelease(user: PlannedUser, day: number): boolean {
  return user.platform === 'android' && day >= user.androidUpdateDay
}

function drawSession(random: Random, userId: number, day: number, platform: Platform, degraded: boolean): SessionDraft {
  const behaviour = degraded ? AFTER_RELEASE : NORMAL
  const bounce = random.chance(behaviour.bounce)
  const duration = bounce
    ? random.int(4, 75)
    : Math.round(Math.min(5400, behaviour.medianSeconds * Math.exp(random.normal(0, 0.75))))
  const postsViewed = bounce ? 0 : Math.max(1, Math.round((duration / 11) * (0.6 + 0.8 * random.next())))
  const storiesRate = platform === 'web' ? 0.4 : platform === 'ios' ? 2.6 : 2
  const depth = bounce
    ? roundTo1(random.next() * 12)
    : roundTo1(Math.min(100, 100 * (1 - Math.exp(-postsViewed / 28)) * (0.7 + 0.5 * random.next())))
  return {
    userId,
    day,
    startSecond: 0,
    durationSeconds: random.chance(behaviour.crash) ? null : duration,
    platform,
    entryPoint: pickEntryPoint(random),
    postsViewed,
    postsLiked: random.poisson(postsViewed * 0.08),
    postsShared: random.poisson(postsViewed * 0.01),
    postsCommented: random.poisson(postsViewed * 0.012),
    storiesViewed: random.poisson(storiesRate),
    scrollPx: postsViewed * random.int(550, 1050) + (bounce ? random.int(0, 400) : 0),
    maxScrollDepthPct: depth,
  }
}

/**
 * Sessions of an active user-day, ordered by start. `webDown` drops sessions that would
 * have been on the web (the outage), so the list can come back empty.
 */
export function drawDaySessions(random: Random, user: PlannedUser, day: number, blocked: Platform | null): SessionDraft[] {
  const degraded = runsBadRelease(user, day)
  const behaviour = degraded ? AFTER_RELEASE : NORMAL
  const count = 1 + random.poisson(behaviour.extraSessions * (0.5 + user.habit))
  const sessions: SessionDraft[] = []
  let earliest = 0
  const starts: number[] = []
  for (let i = 0; i < count; i++) starts.push(pickHour(random) * 3600 + random.int(0, 3599))
  starts.sort((a, b) => a - b)
  for (const start of starts) {
    const platform: Platform = user.alsoWeb && random.chance(0.25) ? 'web' : user.platform
    const session = drawSession(random, user.userId, day, platform, degraded && platform === 'android')
    // Sessions of one user do not overlap: push a start past the previous end.
    session.startSecond = Math.min(86_399, Math.max(start, earliest))
    earliest = session.startSecond + (session.durationSeconds ?? 60) + random.int(60, 900)
    if (platform !== blocked) sessions.push(session)
  }
  return sessions
}
