/**
 * Planted session shapes of the completion exercise (sql-session-completion):
 * - on each day of 2024-06-24..30, two sessions start the same video twice (A, B, A):
 *   three view_starts but two distinct videos, so not completed;
 * - sessions crossing midnight: 06-23 -> 06-24 and 06-26 -> 06-27 with only a like and a
 *   view_end after midnight (a session-day with events but no view_start); 06-28 -> 06-29
 *   with two videos before and two after midnight (the after-midnight part also holds the
 *   view_end of a third video); 06-29 -> 06-30 with three videos on each side.
 */
import { eachDate, toDayNumber } from '../../../datasets/dates'
import { watchedView, type PlantKit } from './plant-kit'
import type { SessionPlan, ViewPlan } from './model'

/** Seconds after midnight at which the video that crosses midnight starts. */
const CROSSING_START = 23 * 3600 + 59 * 60
const CROSSING_WATCH = 75
const SHORT_WATCH = 20

function crossingSession(kit: PlantKit, date: string, before: number, after: number): SessionPlan {
  const videos = kit.random.shuffle(kit.filler).slice(0, before + after)
  const views: ViewPlan[] = videos.map((v, i) => ({
    videoId: v.videoId,
    startDelay: i === 0 ? 0 : 1,
    watchSeconds: i === before - 1 ? CROSSING_WATCH : SHORT_WATCH,
    // The like on the crossing video lands after midnight (at 90 % of the watch).
    likes: i === before - 1 ? 1 : 0,
    shares: 0,
    comments: 0,
    endLogged: true,
  }))
  const user = kit.random.pick(kit.users)
  return {
    userId: user.userId,
    device: user.device,
    day: toDayNumber(date),
    startSecond: CROSSING_START - (before - 1) * (SHORT_WATCH + 1),
    views,
    plant: `crosses-midnight-${before}-${after}`,
  }
}

export function plantCompletionSessions(kit: PlantKit): SessionPlan[] {
  const sessions: SessionPlan[] = []
  for (const date of eachDate('2024-06-24', '2024-06-30')) {
    for (let n = 0; n < 2; n++) {
      const [a, b] = kit.random.shuffle(kit.filler).slice(0, 2)
      const views = [a, b, a].map((v, i) => ({ ...watchedView(kit.random, v, {}), startDelay: i === 0 ? 0 : 1 }))
      const user = kit.random.pick(kit.users)
      const startSecond = kit.random.int(8 * 3600, 21 * 3600)
      sessions.push({ userId: user.userId, device: user.device, day: toDayNumber(date), startSecond, views, plant: 'same-video-twice' })
    }
  }
  sessions.push(crossingSession(kit, '2024-06-23', 1, 0))
  sessions.push(crossingSession(kit, '2024-06-26', 3, 0))
  sessions.push(crossingSession(kit, '2024-06-28', 2, 2))
  sessions.push(crossingSession(kit, '2024-06-29', 3, 3))
  return sessions
}
