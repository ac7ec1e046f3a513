/** The store: its vanilla core (`core.ts`) and the React binding (`react.ts`). */
export * from './core'
export { useAppStore } from './react'
