/**
 * Hooks for browser tests, read only here in the app shell and only from the page's address.
 *
 * `?seconds-per-part=N` (before the `#`, e.g. `/?seconds-per-part=5#/mock/pymk`): every part of a
 * mock loop starts at N seconds instead of 15 or 25 minutes, and the setup screen edits times in
 * seconds, so a test can run a whole loop, and let a part time out, in under a minute.
 */
export function readSecondsPerPart(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('seconds-per-part')
  if (raw === null) return undefined
  const seconds = Number(raw)
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600 ? seconds : undefined
}
