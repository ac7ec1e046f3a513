import type { MockPartKind } from '../../store'

/** How a part is named on screen. */
export const PART_LABELS: Record<MockPartKind, string> = {
  product: 'Product sense',
  model: 'Data modeling',
  sql: 'SQL',
  python: 'Python',
}

/** How a part is named inside a sentence. */
export const PART_WORDS: Record<MockPartKind, string> = {
  product: 'product sense',
  model: 'data modeling',
  sql: 'SQL',
  python: 'Python',
}

/** `14:05`, or `1:02:03` past an hour: a clock's face. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** `12 min 5 s`, `40 s`, `1 h 2 min`: a duration in words, for screen readers and tables. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 || seconds === 0 ? `${s} s` : '']
  return parts.filter(Boolean).join(' ')
}

/** `6 Dec 2026, 09:30`, in the learner's locale. */
export const formatWhen = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
