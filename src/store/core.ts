/**
 * The store's core: plain TypeScript on `zustand/vanilla`, no React. It owns the work (runtimes,
 * grading, sessions) and the learner's data (progress, drafts, self-ratings), which persists in
 * localStorage. `react.ts` binds it to components; tests drive it directly.
 */
import { persist } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createActivitySlice } from './activity-slice'
import { createDraftsSlice } from './drafts-slice'
import { createFollowUpSlice } from './follow-up-slice'
import { createMockSlice, runningMock } from './mock-slice'
import { createReviewSlice } from './review-slice'
import { migratePersisted, PERSIST_VERSION, sanitizePersisted } from './migrate'
import { createProductSlice } from './product-slice'
import { createProgressSlice } from './progress-slice'
import { createRuntimeRegistry, type RuntimeStatus } from './runtimes'
import { createRuntimeSlice } from './runtime-slice'
import { backupKey, createSafeStorage, readStorageBackup, removeStorageBackup, type StorageBackup } from './safe-storage'
import { createSampleSlice } from './sample-slice'
import type { Services } from './services'
import { createSessionSlice } from './session-slice'
import type { AppState, PersistedState } from './types'

export const STORAGE_KEY = 'de-trainer'

export interface AppStoreOptions {
  /** Where the sandbox clients and graders come from; the app imports them on first use. */
  loadServices?: () => Promise<Services>
}

/** One store, built from slices, with its own runtime registry. */
export function createAppStore(options: AppStoreOptions = {}): StoreApi<AppState> {
  const loadServices = options.loadServices ?? (() => import('./services').then((m) => m.services))
  // The registry reports status changes into the store it belongs to, created just below.
  let store: StoreApi<AppState> | undefined
  const report = (key: string, status: RuntimeStatus | undefined) =>
    store?.setState((state) => {
      const runtimes = { ...state.runtimes }
      if (status) runtimes[key] = status
      else delete runtimes[key]
      return { runtimes }
    })
  const runtimes = createRuntimeRegistry(loadServices, report)
  store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createProgressSlice(...a),
        ...createDraftsSlice(...a),
        ...createSessionSlice(runtimes)(...a),
        ...createRuntimeSlice(runtimes)(...a),
        ...createSampleSlice(runtimes)(...a),
        ...createProductSlice(...a),
        ...createFollowUpSlice(...a),
        ...createReviewSlice(...a),
        ...createActivitySlice(...a),
        ...createMockSlice(...a),
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
          followUpNotes: state.followUpNotes,
          followUpRatings: state.followUpRatings,
          reviews: state.reviews,
          activity: state.activity,
          timeSpent: state.timeSpent,
          mockLoops: state.mockLoops,
        }),
        migrate: migratePersisted,
        // Same version but a damaged shape (hand edits, partial writes): keep what reads.
        merge: (persisted, current) => ({ ...current, ...sanitizePersisted(persisted) }),
      },
    ),
  )
  return store
}

/** The app's store. */
export const appStore = createAppStore()

/** Stops the mock loop running now, if any (before a reset or an import replaces its data). */
export function stopRunningMock(store: StoreApi<AppState>): void {
  const running = runningMock(store.getState().mockLoops)
  if (running) store.getState().stopMock(running.id)
}

/** Back to a fresh start (also written to storage), with every runtime ended. Tests call it between cases. */
export function resetAppStore(): void {
  stopRunningMock(appStore)
  appStore.getState().disposeRuntimes()
  appStore.setState(appStore.getInitialState(), true)
}

/** The unreadable stored data kept when the app last started fresh, if any. */
export const readStoredBackup = (): StorageBackup | undefined => readStorageBackup(STORAGE_KEY)
export const discardStoredBackup = (): void => removeStorageBackup(STORAGE_KEY)
export const STORAGE_BACKUP_KEY = backupKey(STORAGE_KEY)

// Export and import of the learner's data: './progress-file' (kept out of the first page's bundle).
export type { ExportFile, ImportResult } from './transfer'
export type { StorageBackup } from './safe-storage'
export { emptySession, isBusy } from './session-slice'
export { runtimeKey, sqlRuntimeKey } from './runtime-slice'
export { SAMPLE_ROWS } from './sample-slice'
export { followUpKey } from './follow-up-slice'
export { countDueReviews, REVIEW_INTERVALS_DAYS, sortReviews } from './review-slice'
export { describeMockResult, MOCK_LOOP_LIMIT, mockPhase, mockTimerNotice, partDeadline, pastMocks, runningMock, summarizeMock, type MockSummary } from './mock-slice'
export { checkMockPlan, DEFAULT_PART_MINUTES, isMockScope, MAX_PART_SECONDS, MIN_PART_SECONDS, MIXED_LOOP_ID, MOCK_PART_KINDS, mockChoices, mockFollowUps, planMockLoop } from './mock-plan'
export { composeProductOutline, RATING_HISTORY_LIMIT } from './product-actions'
export type * from './types'
export type { RuntimeStatus } from './runtimes'
