import type { StateCreator } from 'zustand/vanilla'
import type { AppState, ReviewItem, ReviewSlice } from './types'

/** Days between reviews: the first one a day after the mistake, then 3, 7 and 14 days later; then it is done. */
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 14] as const

const DAY_MS = 24 * 60 * 60 * 1000

const dueAfter = (now: number, step: number): string => new Date(now + REVIEW_INTERVALS_DAYS[step] * DAY_MS).toISOString()

export { KNOWN_MISTAKE_PREFIX } from '../engine/feedback-words'

/** How many items are due at `now` (ms since the epoch). */
export function countDueReviews(reviews: Record<string, ReviewItem>, now: number): number {
  return Object.values(reviews).filter((item) => Date.parse(item.dueAt) <= now).length
}

/** Due items first by due time, then the rest. */
export function sortReviews(reviews: Record<string, ReviewItem>): ReviewItem[] {
  return Object.values(reviews).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))
}

/**
 * The review queue: known mistakes matched, rubric points missed and follow-ups rated weak come
 * back on a 1, 3, 7, 14-day schedule. The same slip again starts its schedule over. Persisted.
 */
export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => ({
  reviews: {},
  addReview: (item) =>
    set((state) => {
      const now = Date.now()
      return { reviews: { ...state.reviews, [item.id]: { ...item, createdAt: new Date(now).toISOString(), step: 0, dueAt: dueAfter(now, 0) } } }
    }),
  completeReview: (id) =>
    set((state) => {
      const item = state.reviews[id]
      if (!item) return state
      const { [id]: _done, ...rest } = state.reviews
      const step = item.step + 1
      if (step >= REVIEW_INTERVALS_DAYS.length) return { reviews: rest }
      return { reviews: { ...rest, [id]: { ...item, step, dueAt: dueAfter(Date.now(), step) } } }
    }),
  retryDueReviews: (exerciseId, passed) => {
    const now = Date.now()
    const due = Object.values(get().reviews).filter(
      (item) => 'exerciseId' in item.target && item.target.exerciseId === exerciseId && Date.parse(item.dueAt) <= now,
    )
    for (const item of due) {
      if (passed(item)) get().completeReview(item.id)
      else set((state) => ({ reviews: { ...state.reviews, [item.id]: { ...item, step: 0, dueAt: dueAfter(now, 0) } } }))
    }
  },
})
