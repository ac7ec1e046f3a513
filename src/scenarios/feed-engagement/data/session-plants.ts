/**
 * Session-level edge cases for the funnel exercise, planted on the simulated sessions
 * (before rows are built, so the activity totals still agree with the sessions).
 */
import type { Random } from '../../../core/random'
import { eachDate, toDayNumber } from '../../../datasets/dates'
import type { SessionDraft, UserDay } from './model'

/** First and last day of the funnel exercise's week. */
const FUNNEL_FIRST = '2024-06-24'
const FUNNEL_LAST = '2024-06-30'


/** Picks `count` distinct sessions that satisfy `accept`, in a seeded order. */
function pickSessions(random: Random, pool: SessionDraft[], count: number, accept: (s: SessionDraft) => boolean): SessionDraft[] {
  const picked = random.shuffle(pool.filter(accept)).slice(0, count)
  if (picked.length < count) throw new Error(`not enough sessions to plant (${picked.length}/${count})`)
  return picked
}

/**
 * Plants, on every day of 2024-06-24..30: sessions with max_scroll_depth_pct exactly 50
 * (deep scroll is "> 50"), share-only and comment-only sessions (engagement is "any of"),
 * and story-only bounces; on the edges of the week: a 2024-06-23 session running past
 * midnight (it belongs to 06-23), one starting at 2024-06-24 00:00:00 and one starting at
 * 2024-06-30 23:58:30 that is still open (no end); and each day one session that viewed
 * exactly one post.
 */
export function plantSessionEdgeCases(days: UserDay[], random: Random): void {
  const week = toDayNumber('2024-06-23')
  const byDay = new Map<number, UserDay[]>()
  for (const d of days) {
    if (d.day < week || d.sessions.length === 0) continue
    const list = byDay.get(d.day)
    if (list) list.push(d)
    else byDay.set(d.day, [d])
  }
  const dayOf = (date: string): UserDay[] => byDay.get(toDayNumber(date)) ?? []
  const used = new Set<SessionDraft>()
  const fresh = (s: SessionDraft): boolean => !used.has(s)
  const take = (pool: SessionDraft[], count: number, accept: (s: SessionDraft) => boolean): SessionDraft[] => {
    const picked = pickSessions(random, pool, count, (s) => fresh(s) && accept(s))
    picked.forEach((s) => used.add(s))
    return picked
  }

  for (const date of eachDate(FUNNEL_FIRST, FUNNEL_LAST)) {
    const pool = dayOf(date).flatMap((d) => d.sessions)
    for (const s of take(pool, 3, (x) => x.postsViewed > 5)) s.maxScrollDepthPct = 50
    for (const s of take(pool, 1, (x) => x.postsViewed > 0)) {
      Object.assign(s, { postsLiked: 0, postsShared: 1, postsCommented: 0 })
    }
    for (const s of take(pool, 1, (x) => x.postsViewed > 0)) {
      Object.assign(s, { postsLiked: 0, postsShared: 0, postsCommented: 2 })
    }
    for (const s of take(pool, 1, (x) => x.postsViewed === 0)) s.storiesViewed = Math.max(1, s.storiesViewed)
  }

  // Only a user's first (last) session of a day can move to midnight without overlapping another.
  const firstOfDay = (date: string): SessionDraft[] => dayOf(date).map((d) => d.sessions[0])
  const lastOfDay = (date: string): SessionDraft[] => dayOf(date).map((d) => d.sessions[d.sessions.length - 1])

  for (const s of take(lastOfDay('2024-06-23'), 1, (x) => x.postsViewed > 0)) {
    Object.assign(s, { startSecond: 23 * 3600 + 52 * 60 + 10, durationSeconds: 900 })
  }
  for (const s of take(firstOfDay(FUNNEL_FIRST), 1, () => true)) s.startSecond = 0
  for (const s of take(lastOfDay(FUNNEL_LAST), 1, () => true)) {
    Object.assign(s, { startSecond: 23 * 3600 + 58 * 60 + 30, durationSeconds: null })
  }

  // A session that viewed exactly one post is a viewing session ("posts_viewed > 0"), not a
  // bounce: one per day tells "> 0" from "> 1" and "= 1" from "= 0".
  for (const date of eachDate(FUNNEL_FIRST, FUNNEL_LAST)) {
    const pool = dayOf(date).flatMap((d) => d.sessions)
    for (const s of take(pool, 1, (x) => x.postsViewed > 1 && x.postsLiked + x.postsShared + x.postsCommented === 0)) s.postsViewed = 1
  }
}
