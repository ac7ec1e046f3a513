/**
 * Random Reels sessions, day by day. The planted cause lives here: once a user runs the
 * Android release, each next video takes seconds to start instead of under one, and the
 * user skips more and gives up after fewer videos, so sessions end sooner.
 */
import { createPicker, type Random } from '../../../core/random'
import { isoWeekday, toDayNumber } from '../../../datasets/dates'
import { AS_OF, EVENTS_START } from './calendar'
import { createDayPicker } from './videos'
import type { ReelsConfig, SessionPlan, User, Video, ViewPlan } from './model'

/** Relative weight of each UTC hour as a session start (evening peak, quiet night). */
const pickHour = createPicker<number>(
  [1.4, 1.0, 0.6, 0.4, 0.4, 0.5, 0.8, 1.2, 1.6, 1.7, 1.8, 2.0, 2.3, 2.3, 2.1, 2.1, 2.3, 2.7, 3.2, 3.7, 4.0, 3.8, 3.0, 2.2].map(
    (w, hour) => [hour, w] as const,
  ),
)

/**
 * Behaviour on a healthy app and on the degraded Android release: videos per session
 * (a minimum plus a Poisson extra), the wait before each next video starts (seconds) and
 * the chance a video is skipped within 3 seconds.
 */
const HEALTHY = { minViews: 3, extraViews: 3.5, delay: [0, 1] as const, skip: 0.22 }
const DEGRADED = { minViews: 1, extraViews: 1.8, delay: [3, 8] as const, skip: 0.4 }

/** True when the user runs the degraded Android release on `day`. */
export function runsBadRelease(user: User, day: number): boolean {
  return user.device === 'android' && day >= user.updateDay
}

/** One view of `video`: a quick skip or a proper watch, and what the viewer did. */
export function drawView(random: Random, video: Video, startDelay: number, skipChance = HEALTHY.skip): ViewPlan {
  const skip = random.chance(skipChance)
  const watchSeconds = skip ? random.int(1, 3) : Math.max(2, Math.round(video.durationSeconds * (0.35 + 0.65 * random.next())))
  const engaged = !skip && watchSeconds >= video.durationSeconds / 2
  return {
    videoId: video.videoId,
    startDelay,
    watchSeconds,
    likes: random.chance(engaged ? 0.11 : 0.01) ? 1 : 0,
    shares: random.chance(engaged ? 0.025 : 0.002) ? 1 : 0,
    comments: random.chance(engaged ? 0.015 : 0) ? random.int(1, 2) : 0,
    // A quick skip rarely reports a view_end (the client drops it when the next video starts).
    endLogged: random.chance(skip ? 0.15 : 0.93),
  }
}

function drawSession(random: Random, user: User, day: number, pick: (r: Random) => Video, latest: number): SessionPlan {
  const behaviour = runsBadRelease(user, day) ? DEGRADED : HEALTHY
  const views: ViewPlan[] = []
  const count = behaviour.minViews + random.poisson(behaviour.extraViews)
  for (let i = 0; i < count; i++) {
    const delay = i === 0 ? 0 : random.int(behaviour.delay[0], behaviour.delay[1])
    views.push(drawView(random, pick(random), delay, behaviour.skip))
  }
  // The app is often closed mid-video: the last view_end is lost more often.
  views[views.length - 1].endLogged = random.chance(0.7)
  const startSecond = Math.min(latest, pickHour(random) * 3600 + random.int(0, 3599))
  return { userId: user.userId, device: user.device, day, startSecond, views }
}

/** Every random session from EVENTS_START to today, in day order. */
export function planRandomSessions(config: ReelsConfig, users: User[], videos: Video[], random: Random): SessionPlan[] {
  const pickUser = createPicker(users.map((u) => [u, u.activity] as const))
  const sessions: SessionPlan[] = []
  const last = toDayNumber(AS_OF)
  for (let day = toDayNumber(EVENTS_START); day <= last; day++) {
    const pick = createDayPicker(videos, day)
    const weekend = isoWeekday(day) >= 6
    const count = random.poisson(config.sessionsPerDay * (weekend ? 1.15 : 1))
    // Today's sessions must end today: none starts after 22:00 (a session lasts < 1 hour).
    const latest = day === last ? 22 * 3600 : 86_399
    for (let i = 0; i < count; i++) sessions.push(drawSession(random, pickUser(random), day, pick, latest))
  }
  return sessions
}
