import type { Rubric } from '../engine/rubric/types'
import type { ProductExercise } from '../scenarios/types'
import type { ActionContext, KindActions } from './action-context'
import type { ExerciseSession, RatingHistoryEntry } from './types'

/** Submits kept per exercise in `ratingHistory`; the oldest go first. */
export const RATING_HISTORY_LIMIT = 20

/** The starter answer when there is no draft: one heading per part of the question, from the rubric. */
export const composeProductOutline = (rubric: Rubric): string => rubric.criteria.map((c) => `## ${c.title}\n\n`).join('')

/**
 * Product-sense answers are graded in the page's own thread: scoring a rubric is a pure,
 * millisecond-scale text match, so there is no worker and no loading state.
 */
export function createProductActions({ get, set, patch: patchSession }: ActionContext): KindActions<ProductExercise> {
  return {
    async submit(exercise, _scenario, given) {
      const id = exercise.id
      const patch = (change: Partial<ExerciseSession>) => patchSession(id, change)
      // Show "Grading…" for a frame even though scoring is instant: a re-submit that gets the same
      // verdict must still visibly replace it (the UI contract waits for the old verdict to go).
      const before = get().sessions[id]?.grade ?? { status: 'idle' }
      patch({ grade: { status: 'grading' } })
      // The rubric engine and the rubric load with the first Submit, so they stay out of the home page's bundle.
      let loaded: [typeof import('../engine/rubric'), Rubric]
      try {
        loaded = await Promise.all([import('../engine/rubric'), exercise.loadRubric()])
      } catch {
        patch({ grade: before })
        return
      }
      const [{ gradeProductAnswer }, rubric] = loaded
      const answer = given ?? composeProductOutline(rubric)
      get().recordAttempt(id)
      await new Promise((resolve) => setTimeout(resolve, 0))
      const { result, grade } = gradeProductAnswer(rubric, answer)
      patch({ grade: { status: 'done', grade }, submitted: true, product: { result, answer } })
      // The ratings on screen carry over to the new answer until the learner changes them,
      // so the snapshot is what the page shows right after this Submit.
      const entry: RatingHistoryEntry = {
        at: new Date().toISOString(),
        coverage: Object.fromEntries(result.criteria.map((c) => [c.id, c.score])),
        ratings: { ...get().selfRatings[id] },
      }
      set((state) => ({ ratingHistory: { ...state.ratingHistory, [id]: [...(state.ratingHistory[id] ?? []), entry].slice(-RATING_HISTORY_LIMIT) } }))
      if (grade.verdict === 'accepted') get().markSolved(id)
      for (const criterion of result.criteria) {
        if (criterion.missing.length === 0) continue
        const missed = criterion.missing.map((concept) => concept.label).join(', ')
        get().addReview({ id: `rubric:${id}/${criterion.id}`, kind: 'rubric', target: { exerciseId: id }, label: `${criterion.title}: missed ${missed}` })
      }
    },
  }
}
