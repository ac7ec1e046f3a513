/**
 * Shared tools for plants: a pool of filler videos (old enough to move no ranking), and a
 * placer that slips planted views into the day's random sessions.
 */
import type { Random } from '../../../core/random'
import { toDayNumber } from '../../../datasets/dates'
import { RANKING_START } from './calendar'
import { drawView } from './sessions'
import type { SessionPlan, User, Video, ViewPlan } from './model'

export interface PlantKit {
  random: Random
  users: User[]
  /** Random sessions by day number, to place planted views in. */
  sessionsByDay: Map<number, SessionPlan[]>
  /** Ids of ordinary videos whose views may be replaced without moving the June ranking. */
  replaceable: Set<number>
  /** Ordinary videos uploaded before May, long enough to cross midnight: showing them moves no ranking. */
  filler: Video[]
  fillerView(startDelay: number): ViewPlan
}

export function createPlantKit(random: Random, users: User[], videos: Video[], sessions: SessionPlan[]): PlantKit {
  const before = toDayNumber('2024-05-01')
  const filler = videos.filter((v) => v.appeal > 0 && !v.plant && v.uploadDay < before && v.durationSeconds >= 80)
  if (filler.length < 10) throw new Error(`reels-sessions: only ${filler.length} filler videos`)
  const sessionsByDay = new Map<number, SessionPlan[]>()
  const views = new Map<number, number>()
  for (const s of sessions) {
    sessionsByDay.set(s.day, [...(sessionsByDay.get(s.day) ?? []), s])
    for (const v of s.views) views.set(v.videoId, (views.get(v.videoId) ?? 0) + 1)
  }
  // Replacing a view only lowers that video's count: pre-June videos are outside the
  // ranking, and June videos this far below 50 views can never reach it.
  const june = toDayNumber(RANKING_START)
  const replaceable = videos.filter((v) => v.appeal > 0 && !v.plant && (v.uploadDay < june || (views.get(v.videoId) ?? 0) < 35))
  return {
    random,
    users,
    sessionsByDay,
    replaceable: new Set(replaceable.map((v) => v.videoId)),
    filler,
    fillerView: (startDelay) => drawView(random, random.pick(filler), startDelay),
  }
}

/** A view of `video` with the given actions, watched like a random view (so plants do not lengthen sessions). */
export function watchedView(random: Random, video: Video, actions: { likes?: number; shares?: number; comments?: number }): ViewPlan {
  return {
    videoId: video.videoId,
    startDelay: 1,
    watchSeconds: drawView(random, video, 1).watchSeconds,
    likes: actions.likes ?? 0,
    shares: actions.shares ?? 0,
    comments: actions.comments ?? 0,
    endLogged: true,
  }
}

/**
 * Places planted views in random sessions of `day` that start by 22:00 (so they end before
 * midnight and the views stay on that day): each replaces a view of a replaceable video
 * in a session that has one (only when none has, it joins a session at a random position). Sessions
 * keep their natural length and latency, so plants never show up in the story's averages.
 */
export function placeViews(kit: PlantKit, day: string, views: ViewPlan[], earliest = 0): void {
  const { random } = kit
  const candidates = kit.sessionsByDay.get(toDayNumber(day))?.filter((s) => s.startSecond >= earliest && s.startSecond <= 22 * 3600) ?? []
  if (candidates.length === 0) throw new Error(`reels-sessions: no session to plant into on ${day}`)
  for (const view of views) {
    const withSlot = candidates.filter((s) => s.views.some((v) => kit.replaceable.has(v.videoId)))
    const session = random.pick(withSlot.length > 0 ? withSlot : candidates)
    const slots = session.views.map((v, i) => (kit.replaceable.has(v.videoId) ? i : -1)).filter((i) => i >= 0)
    if (slots.length > 0) {
      const i = random.pick(slots)
      session.views[i] = { ...view, startDelay: session.views[i].startDelay }
    } else {
      const i = random.int(1, session.views.length)
      session.views.splice(i, 0, { ...view, startDelay: session.views[i - 1].startDelay || 1 })
    }
  }
}
