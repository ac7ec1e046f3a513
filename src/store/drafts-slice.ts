import type { StateCreator } from 'zustand'
import type { AppState, DraftsSlice } from './types'

export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft: (exerciseId, text) =>
    set((state) => (state.drafts[exerciseId] === text ? state : { drafts: { ...state.drafts, [exerciseId]: text } })),
  resetDraft: (exerciseId) => set((state) => ({ drafts: { ...state.drafts, [exerciseId]: '' } })),
})
