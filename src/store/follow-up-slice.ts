import type { StateCreator } from 'zustand/vanilla'
import type { AppState, FollowUpSlice } from './types'

/** `<scenario-id>/<follow-up-id>`: the key of a follow-up's notes and rating. */
export const followUpKey = (scenarioId: string, followUpId: string): string => `${scenarioId}/${followUpId}`

/** The learner's talking points and self-rating per follow-up discussion. Persisted (since v3). */
export const createFollowUpSlice: StateCreator<AppState, [], [], FollowUpSlice> = (set, get) => ({
  followUpNotes: {},
  followUpRatings: {},
  setFollowUpNote: (key, text) =>
    set((state) => (state.followUpNotes[key] === text ? state : { followUpNotes: { ...state.followUpNotes, [key]: text } })),
  rateFollowUp: (key, rating, question) => {
    set((state) => ({ followUpRatings: { ...state.followUpRatings, [key]: rating } }))
    // A weak answer comes back for review; a better rating later leaves the schedule running.
    if (rating === 'weak') {
      const scenarioId = key.slice(0, key.indexOf('/'))
      get().addReview({ id: `follow-up:${key}`, kind: 'follow-up', target: { scenarioId }, label: question ?? key })
    }
  },
})
