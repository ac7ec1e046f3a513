import { useMemo, useSyncExternalStore } from 'react'

/** What the hash names. Exercise ids contain a slash: `#/exercise/feed-engagement/sql-dau-mau-ratio`. */
export type Route =
  | { name: 'home' }
  | { name: 'progress' }
  | { name: 'scenario'; scenarioId: string }
  | { name: 'exercise'; exerciseId: string }
  | { name: 'not-found'; path: string }

export const homeHref = (): string => '#/'
export const progressHref = (): string => '#/progress'
export const scenarioHref = (scenarioId: string): string => `#/scenario/${scenarioId}`
export const exerciseHref = (exerciseId: string): string => `#/exercise/${exerciseId}`

const decodeSegments = (path: string): string =>
  path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
    .join('/')

/** Pure: turns `location.hash` into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '')
  if (path === '' || path === '/') return { name: 'home' }
  if (path === '/progress') return { name: 'progress' }
  const scenario = path.match(/^\/scenario\/([^/]+)$/)
  if (scenario) return { name: 'scenario', scenarioId: decodeSegments(scenario[1]) }
  const exercise = path.match(/^\/exercise\/([^/]+\/[^/]+)$/)
  if (exercise) return { name: 'exercise', exerciseId: decodeSegments(exercise[1]) }
  return { name: 'not-found', path: hash }
}

/**
 * Counts hash navigations since load, so pages move focus to their heading after a
 * navigation but leave it alone on the first paint (where the skip link should come first).
 */
let navigations = 0
const subscribe = (onChange: () => void): (() => void) => {
  const listener = () => {
    navigations += 1
    onChange()
  }
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}
const getHash = (): string => window.location.hash
const getServerHash = (): string => ''

export const navigationCount = (): number => navigations

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getServerHash)
  return useMemo(() => parseRoute(hash), [hash])
}
