import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createDraftsSlice } from './drafts-slice'
import { migratePersisted, PERSIST_VERSION, sanitizePersisted } from './migrate'
import { createModelSlice } from './model-slice'
import { createProductSlice } from './product-slice'
import { createProgressSlice } from './progress-slice'
import { createSafeStorage } from './safe-storage'
import { createSessionSlice, emptySession, isBusy } from './session-slice'
import type { AppState, PersistedState } from './types'

export const STORAGE_KEY = 'de-trainer'

/**
 * The one store, built from slices. Progress, drafts and self-ratings persist in localStorage;
 * sessions (run results, verdicts, revealed hints) live only in memory.
 */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createProgressSlice(...a),
      ...createDraftsSlice(...a),
      ...createSessionSlice(...a),
      ...createProductSlice(...a),
      ...createModelSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: createSafeStorage<PersistedState>(),
      partialize: (state): PersistedState => ({
        solved: state.solved,
        attempts: state.attempts,
        drafts: state.drafts,
        selfRatings: state.selfRatings,
        ratingHistory: state.ratingHistory,
      }),
      migrate: migratePersisted,
      // Same version but a damaged shape (hand edits, partial writes): keep what reads.
      merge: (persisted, current) => ({ ...current, ...sanitizePersisted(persisted) }),
    },
  ),
)

/** Back to a fresh start (also written to storage). Tests call it between cases. */
export function resetAppStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true)
}

export { emptySession, isBusy }
export { composeProductOutline, RATING_HISTORY_LIMIT } from './product-slice'
export type * from './types'
