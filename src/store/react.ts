/**
 * The thin React binding of the store: `useAppStore(selector)` re-renders a component when what
 * it selects changes; `useAppStore.getState()` and friends reach the same store outside React.
 */
import { useStore } from 'zustand'
import { appStore } from './core'
import type { AppState } from './types'

export const useAppStore = Object.assign(<T>(selector: (state: AppState) => T): T => useStore(appStore, selector), appStore)
