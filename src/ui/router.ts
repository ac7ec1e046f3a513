import { useMemo, useSyncExternalStore } from 'react'

/** What the hash names. Exercise ids contain a slash: `#/exercise/feed-engagement/sql-dau-mau-ratio`. */
export type Route =
  | { name: 'home' }
  | { name: 'progress' }
  | { name: 'scenario'; scenarioId: string }
  | { name: 'exercise'; exerciseId: string }
  /** The mock interview's page: the scenarios to mock, the mixed loop and past loops. */
  | { name: 'mock-home' }
  /** One scope's mock loop (a scenario id, or `mixed`): its setup, or the loop while it runs. */
  | { name: 'mock'; scope: string }
  | { name: 'mock-report'; scope: string; loopId: string }
  | { name: 'not-found'; path: string }

export const homeHref = (): string => '#/'
export const progressHref = (): string => '#/progress'
export const scenarioHref = (scenarioId: string): string => `#/scenario/${scenarioId}`
export const exerciseHref = (exerciseId: string): string => `#/exercise/${exerciseId}`
export const mockHomeHref = (): string => '#/mock'
export const mockHref = (scope: string): string => `#/mock/${encodeURIComponent(scope)}`
export const mockReportHref = (scope: string, loopId: string): string => `#/mock/${encodeURIComponent(scope)}/report/${encodeURIComponent(loopId)}`

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
  if (path === '/mock') return { name: 'mock-home' }
  const mock = path.match(/^\/mock\/([^/]+)$/)
  if (mock) return { name: 'mock', scope: decodeSegments(mock[1]) }
  const report = path.match(/^\/mock\/([^/]+)\/report\/([^/]+)$/)
  if (report) return { name: 'mock-report', scope: decodeSegments(report[1]), loopId: decodeSegments(report[2]) }
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
