import type { StateCreator } from 'zustand'
import type { AppState, ProgressSlice } from './types'

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  solved: {},
  attempts: {},
  markSolved: (exerciseId) =>
    set((state) =>
      // Keep the first acceptance's date: re-solving is practice, not news.
      state.solved[exerciseId]
        ? state
        : { solved: { ...state.solved, [exerciseId]: { at: new Date().toISOString() } } },
    ),
  recordAttempt: (exerciseId) =>
    set((state) => ({
      attempts: { ...state.attempts, [exerciseId]: (state.attempts[exerciseId] ?? 0) + 1 },
    })),
})
