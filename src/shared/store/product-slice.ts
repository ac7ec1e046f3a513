import type { StateCreator } from 'zustand'
import { productSenseRubrics, scoreRubric, toGrade, type Rubric } from '../../engine/rubric'
import { emptySession, isBusy } from './session-slice'
import type { AppState, ExerciseSession, ProductSlice } from './types'

/** The starter answer when there is no draft: one heading per part of the question, from the rubric. */
export const composeProductOutline = (rubric: Rubric): string => rubric.criteria.map((c) => `## ${c.title}\n\n`).join('')

/**
 * Product-sense answers are graded in the page's own thread: scoring a rubric is a pure,
 * millisecond-scale text match, so there is no worker and no loading state.
 */
export const createProductSlice: StateCreator<AppState, [], [], ProductSlice> = (set, get) => ({
  selfRatings: {},

  submitProductAnswer: async (exercise) => {
    const id = exercise.id
    const rubric = productSenseRubrics[id]
    if (!rubric || isBusy(get().sessions[id])) return
    const answer = get().drafts[id] ?? composeProductOutline(rubric)
    get().recordAttempt(id)
    const patch = (change: Partial<ExerciseSession>) =>
      set((state) => ({ sessions: { ...state.sessions, [id]: { ...(state.sessions[id] ?? emptySession), ...change } } }))
    // Show "Grading…" for a frame even though scoring is instant: a re-submit that gets the same
    // verdict must still visibly replace it (the UI contract waits for the old verdict to go).
    patch({ grade: { status: 'grading' } })
    await new Promise((resolve) => setTimeout(resolve, 0))
    const result = scoreRubric(rubric, answer)
    const grade = toGrade(result)
    patch({ grade: { status: 'done', grade }, submitted: true, product: { result, answer } })
    if (grade.verdict === 'accepted') get().markSolved(id)
  },

  rateCriterion: (exerciseId, criterionId, rating) =>
    set((state) => ({
      selfRatings: { ...state.selfRatings, [exerciseId]: { ...state.selfRatings[exerciseId], [criterionId]: rating } },
    })),
})
