import type { StateCreator } from 'zustand/vanilla'
import type { AppState, ProductSlice } from './types'

/** Self-ratings of product-sense answers, and their history per Submit (written by the product Submit). */
export const createProductSlice: StateCreator<AppState, [], [], ProductSlice> = (set) => ({
  selfRatings: {},
  ratingHistory: {},

  rateCriterion: (exerciseId, criterionId, rating) =>
    set((state) => {
      const history = state.ratingHistory[exerciseId] ?? []
      const last = history.at(-1)
      return {
        selfRatings: { ...state.selfRatings, [exerciseId]: { ...state.selfRatings[exerciseId], [criterionId]: rating } },
        ...(last && {
          ratingHistory: {
            ...state.ratingHistory,
            [exerciseId]: [...history.slice(0, -1), { ...last, ratings: { ...last.ratings, [criterionId]: rating } }],
          },
        }),
      }
    }),
})
