/**
 * Planted videos of the engagement ranking (sql-video-engagement-score), placed relative to
 * the scores the random sessions gave June's videos, so they land where they must in every
 * variant:
 * - tie-a / tie-b: June videos with the same score (different view counts) inside the top 20;
 *   tie-a was uploaded on 2024-06-01 and has two views that day;
 * - fifty-views: a June video with exactly 50 June view_starts, inside the top 20;
 * - uploaded-05-31 / uploaded-in-may: older videos scoring like top-5 videos in June, which
 *   only a missing or too-early upload filter lets in.
 */
import { eachDate, fromDayNumber, toDayNumber } from '../../../datasets/dates'
import { RANKING_START } from './calendar'
import { placeViews, watchedView, type PlantKit } from './plant-kit'
import type { SessionPlan, Video, ViewPlan } from './model'

export const MIN_VIEWS = 50

interface Score {
  views: number
  score: number
}

/** June scores of June-uploaded videos from the random sessions alone. */
function naturalScores(sessions: SessionPlan[], videos: Map<number, Video>): Map<number, Score> {
  const june = toDayNumber(RANKING_START)
  const scores = new Map<number, Score>()
  for (const s of sessions) {
    for (const v of s.views) {
      if (videos.get(v.videoId)!.uploadDay < june) continue
      const entry = scores.get(v.videoId) ?? { views: 0, score: 0 }
      entry.views += 1
      entry.score += 1 + 3 * v.likes + 5 * v.shares + 7 * v.comments
      scores.set(v.videoId, entry)
    }
  }
  return scores
}

/** Likes, shares and comments adding `rest` points over `views` views (likes and shares at most one per view). */
function composeActions(rest: number, views: number): { likes: number; shares: number; comments: number } {
  const likeCap = Math.floor(views * 0.8)
  const shareCap = Math.floor(views * 0.4)
  // Aim at roughly 30 % of the points from comments and 30 % from shares; take the nearest fit.
  const [cTarget, sTarget] = [(rest * 0.3) / 7, (rest * 0.3) / 5]
  let best: { likes: number; shares: number; comments: number; miss: number } | undefined
  for (let c = 0; 7 * c <= rest; c++) {
    for (let s = 0; s <= shareCap && 7 * c + 5 * s <= rest; s++) {
      const left = rest - 7 * c - 5 * s
      if (left % 3 !== 0 || left / 3 > likeCap) continue
      const miss = Math.abs(c - cTarget) + Math.abs(s - sTarget)
      if (!best || miss < best.miss) best = { likes: left / 3, shares: s, comments: c, miss }
    }
  }
  if (!best) throw new Error(`reels-sessions: cannot compose ${rest} points over ${views} views`)
  return { likes: best.likes, shares: best.shares, comments: best.comments }
}

/** `views` watched views carrying the actions, spread over `days`. */
function spreadViews(kit: PlantKit, video: Video, views: number, actions: { likes: number; shares: number; comments: number }, days: string[]) {
  const { random } = kit
  const list: ViewPlan[] = Array.from({ length: views }, () => watchedView(random, video, {}))
  random.shuffle(list.map((_, i) => i)).slice(0, actions.likes).forEach((i) => (list[i].likes = 1))
  random.shuffle(list.map((_, i) => i)).slice(0, actions.shares).forEach((i) => (list[i].shares = 1))
  for (let c = 0; c < actions.comments; c++) list[random.int(0, views - 1)].comments += 1
  const byDay = new Map<string, ViewPlan[]>()
  for (const view of list) {
    const day = random.pick(days)
    byDay.set(day, [...(byDay.get(day) ?? []), view])
  }
  return byDay
}

export function plantRankingViews(kit: PlantKit, random: SessionPlan[], videoList: Video[]): void {
  const videos = new Map(videoList.map((v) => [v.videoId, v]))
  const natural = naturalScores(random, videos)
  const ranked = [...natural.values()].filter((s) => s.views >= MIN_VIEWS).map((s) => s.score).sort((a, b) => b - a)
  if (ranked.length < 6) throw new Error(`reels-sessions: only ${ranked.length} June videos reach ${MIN_VIEWS} views`)
  const taken = new Set(ranked)
  const freeScoreAbove = (score: number): number => {
    let s = score + 1
    while (taken.has(s)) s++
    taken.add(s)
    return s
  }
  const plant = (name: string) => videoList.find((v) => v.plant === name)!
  const daysAfter = (v: Video) => eachDate(fromDayNumber(v.uploadDay + 1), '2024-06-30')
  const juneDays = eachDate(RANKING_START, '2024-06-30')
  const emit = (byDay: Map<string, ViewPlan[]>) => {
    for (const [day, views] of [...byDay.entries()].sort()) placeViews(kit, day, views)
  }

  // The tie: same score, view counts 3k apart (k fewer likes on the busier one).
  const at = (share: number) => ranked[Math.floor(ranked.length * share)]
  const tieScore = freeScoreAbove(at(0.3))
  const viewsA = Math.max(MIN_VIEWS, Math.min(MIN_VIEWS + kit.random.int(10, 30), tieScore - 6))
  const actionsA = composeActions(tieScore - viewsA, viewsA)
  const k = Math.min(actionsA.likes, kit.random.int(2, 5))
  const tieA = spreadViews(kit, plant('tie-a'), viewsA, actionsA, daysAfter(plant('tie-a')))
  // Two of tie-a's views on its upload day, 2024-06-01 (uploaded 06:12, viewed from 13:00):
  // the ranking's first day counts, so a window starting on 06-02 breaks the tie.
  const firstDayViews = [...tieA.entries()].sort()[0][1]
  const onUploadDay = firstDayViews.splice(0, Math.min(2, firstDayViews.length - 1))
  emit(tieA)
  placeViews(kit, RANKING_START, onUploadDay, 13 * 3600)
  emit(spreadViews(kit, plant('tie-b'), viewsA + 3 * k, { ...actionsA, likes: actionsA.likes - k }, daysAfter(plant('tie-b'))))

  const fiftyScore = freeScoreAbove(at(0.7))
  emit(spreadViews(kit, plant('fifty-views'), MIN_VIEWS, composeActions(fiftyScore - MIN_VIEWS, MIN_VIEWS), daysAfter(plant('fifty-views'))))

  for (const [name, above] of [['uploaded-05-31', 0.15], ['uploaded-in-may', 0.45]] as const) {
    const video = plant(name)
    const score = freeScoreAbove(at(above))
    const views = Math.min(score, Math.max(MIN_VIEWS + 5, Math.round(score * 0.6)))
    emit(spreadViews(kit, video, views, composeActions(score - views, views), juneDays))
    // A few views before June as well (only a window reaching back into May counts them).
    const before = Array.from({ length: 3 }, () => watchedView(kit.random, video, { likes: 1 }))
    placeViews(kit, fromDayNumber(Math.max(video.uploadDay, toDayNumber('2024-05-31'))), before, 13 * 3600)
  }
}
