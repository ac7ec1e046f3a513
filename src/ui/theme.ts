import { useSyncExternalStore } from 'react'

/** What the learner picked: follow the system (the default), or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark'
export type Theme = 'light' | 'dark'

/** Kept apart from the store's key: a theme is a device preference, not progress to export. */
export const THEME_KEY = 'de-trainer:theme'

const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

const darkQuery = (): MediaQueryList | undefined =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined

export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_KEY)
    if (stored === 'light' || stored === 'dark') return stored
  } catch {
    // storage unavailable: follow the system
  }
  return 'system'
}

export const resolveTheme = (choice: ThemeChoice): Theme => (choice === 'system' ? (darkQuery()?.matches ? 'dark' : 'light') : choice)

/** Sets `<html data-theme>` (the stylesheet's switch) and the browser's own color-scheme. */
function applyTheme(): void {
  const theme = resolveTheme(readThemeChoice())
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_KEY)
    else window.localStorage.setItem(THEME_KEY, choice)
  } catch {
    // not remembered, still applied below
  }
  applyTheme()
  notify()
}

/** Called once at startup, before the first render: applies the theme and follows system changes. */
export function startTheme(): void {
  applyTheme()
  darkQuery()?.addEventListener('change', () => {
    applyTheme()
    notify()
  })
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const snapshot = (): string => `${readThemeChoice()}:${resolveTheme(readThemeChoice())}`

/** The learner's choice and the theme in effect; re-renders when either changes. */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  const [choice, theme] = useSyncExternalStore(subscribe, snapshot, () => 'system:light').split(':') as [ThemeChoice, Theme]
  return { choice, theme }
}
