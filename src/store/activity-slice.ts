import type { StateCreator } from 'zustand/vanilla'
import { KNOWN_MISTAKE_PREFIX } from '../engine/feedback-words'
import type { ActivityEntry, ActivitySlice, AppState, ExerciseSession } from './types'

/** Submits kept in `activity`, newest last: about a year of steady practice in well under 200 KB. */
export const ACTIVITY_LIMIT = 1000

/**
 * One stretch on a page counts at most this long: a tab left open overnight is not practice.
 * Time is added when the page closes and at every Submit, so closing the browser loses at most
 * the time since the last Submit.
 */
export const VISIT_CAP_MS = 30 * 60 * 1000

/** What a graded Submit got wrong, by stable id with a readable label: known mistakes, patterns, missed rubric points. */
export function mistakesOf(session: ExerciseSession | undefined): ActivityEntry['mistakes'] {
  if (session?.grade.status !== 'done' || session.grade.grade.verdict !== 'rejected') return []
  const grade = session.grade.grade
  const mistakes: ActivityEntry['mistakes'] = []
  if (grade.diagnosis) {
    const named = grade.feedback.find((line) => line.startsWith(KNOWN_MISTAKE_PREFIX))
    const label = named ? named.slice(KNOWN_MISTAKE_PREFIX.length).split(' Hint: ')[0] : grade.diagnosis.concept
    mistakes.push({ id: grade.diagnosis.id, label })
  }
  for (const criterion of session.product?.result.criteria ?? []) {
    if (criterion.missing.length > 0) mistakes.push({ id: `rubric:${criterion.id}`, label: `Missed rubric point: ${criterion.title}` })
  }
  return mistakes
}

/**
 * What the learner did, for the progress page: every graded Submit (when, verdict, mistakes) and
 * the time spent on each exercise's page. Persisted (added within version 3: older data has none).
 */
export const createActivitySlice: StateCreator<AppState, [], [], ActivitySlice> = (set, get) => {
  /** Open visits by exercise id: when time was last added, and how many pages hold it open. */
  const visits = new Map<string, { mark: number; open: number }>()

  const addTime = (exerciseId: string, ms: number) => {
    const seconds = Math.round(Math.min(Math.max(ms, 0), VISIT_CAP_MS) / 1000)
    if (seconds > 0) set((state) => ({ timeSpent: { ...state.timeSpent, [exerciseId]: (state.timeSpent[exerciseId] ?? 0) + seconds } }))
  }

  const accrue = (exerciseId: string) => {
    const visit = visits.get(exerciseId)
    if (!visit) return
    const now = Date.now()
    addTime(exerciseId, now - visit.mark)
    visit.mark = now
  }

  return {
    activity: [],
    timeSpent: {},

    startVisit: (exerciseId) => {
      const visit = visits.get(exerciseId)
      if (visit) visit.open += 1
      else visits.set(exerciseId, { mark: Date.now(), open: 1 })
      let ended = false
      return () => {
        const current = visits.get(exerciseId)
        if (ended || !current) return
        ended = true
        accrue(exerciseId)
        current.open -= 1
        if (current.open === 0) visits.delete(exerciseId)
      }
    },

    recordSubmit: (exerciseId) => {
      const session = get().sessions[exerciseId]
      if (session?.grade.status !== 'done') return
      accrue(exerciseId)
      const verdict = session.grade.grade.verdict
      const entry: ActivityEntry = { at: new Date().toISOString(), exerciseId, verdict, mistakes: mistakesOf(session) }
      set((state) => ({ activity: [...state.activity, entry].slice(-ACTIVITY_LIMIT) }))
      // A due review of this exercise is the drill: a correct retry moves it on, a wrong one starts it over.
      const covered = new Set((session.product?.result.criteria ?? []).filter((c) => c.missing.length === 0).map((c) => `rubric:${exerciseId}/${c.id}`))
      get().retryDueReviews(exerciseId, (item) => (item.kind === 'rubric' ? covered.has(item.id) : verdict === 'accepted'))
    },
  }
}
