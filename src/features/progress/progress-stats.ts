/**
 * The numbers behind the progress page, computed from the store's persisted data: pure
 * functions, so they are tested without rendering anything.
 */
import type { ExerciseKind, Scenario } from '../../scenarios/types'
import type { ActivityEntry, SolvedEntry } from '../../store'

/** Parts in the order an interview loop runs them. */
export const PART_ORDER: readonly ExerciseKind[] = ['product', 'model', 'sql', 'python']

export interface LearnerData {
  solved: Record<string, SolvedEntry>
  attempts: Record<string, number>
  timeSpent: Record<string, number>
  activity: ActivityEntry[]
}

export interface PartStats {
  kind: ExerciseKind
  exercises: number
  solved: number
  /** Submits, also those made before the activity log existed. */
  attempts: number
  seconds: number
  /** Accepted Submits in a row, counting back from the latest; undefined when none is logged. */
  streak: number | undefined
}

/** One row per part of the scenario that has exercises, in loop order. */
export function summarizeParts(scenario: Scenario, data: LearnerData): PartStats[] {
  return PART_ORDER.flatMap((kind) => {
    const ids = new Set<string>(scenario.exercises.filter((e) => e.kind === kind).map((e) => e.id))
    if (ids.size === 0) return []
    const sum = (record: Record<string, number>) => [...ids].reduce((total, id) => total + (record[id] ?? 0), 0)
    return [
      {
        kind,
        exercises: ids.size,
        solved: [...ids].filter((id) => data.solved[id]).length,
        attempts: sum(data.attempts),
        seconds: sum(data.timeSpent),
        streak: acceptedInARow(data.activity.filter((entry) => ids.has(entry.exerciseId))),
      },
    ]
  })
}

function acceptedInARow(entries: ActivityEntry[]): number | undefined {
  if (entries.length === 0) return undefined
  let count = 0
  for (let i = entries.length - 1; i >= 0 && entries[i].verdict === 'accepted'; i--) count++
  return count
}

/** `YYYY-MM-DD` of the learner's own calendar day (local time): practice at 23:30 counts for that evening. */
export function localDay(time: Date | number): string {
  const date = new Date(time)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

const addDays = (time: number, days: number): number => {
  const date = new Date(time)
  date.setDate(date.getDate() + days)
  return date.getTime()
}

export interface DayActivity {
  day: string
  accepted: number
  rejected: number
}

/** Submits per local day for the `days` days ending today, oldest first (days without any included). */
export function dailyActivity(activity: ActivityEntry[], now: number, days = 30): DayActivity[] {
  const byDay = new Map<string, DayActivity>()
  for (let i = days - 1; i >= 0; i--) {
    const day = localDay(addDays(now, -i))
    byDay.set(day, { day, accepted: 0, rejected: 0 })
  }
  for (const entry of activity) {
    const bucket = byDay.get(localDay(Date.parse(entry.at)))
    if (bucket) bucket[entry.verdict] += 1
  }
  return [...byDay.values()]
}

/** Days in a row with at least one Submit, ending today (or yesterday, when today has none yet). */
export function practiceDayStreak(activity: ActivityEntry[], now: number): number {
  const days = new Set(activity.map((entry) => localDay(Date.parse(entry.at))))
  let start = now
  if (!days.has(localDay(start))) start = addDays(now, -1)
  let streak = 0
  while (days.has(localDay(addDays(start, -streak)))) streak++
  return streak
}

export interface MistakeCount {
  /** `<exercise-id> <mistake-id>`: the same slip in two exercises counts apart. */
  key: string
  exerciseId: string
  /** The mistake's first clause, for the chart ("Your MAU counts user-days"). */
  name: string
  /** The full sentence the feedback gave. */
  label: string
  count: number
  lastAt: string
}

const SHORT_NAME_CHARS = 60

/** A mistake's first clause, capitalised and cut to fit a chart's line: the table beside it has the whole sentence. */
export function shortMistakeName(id: string, label: string): string {
  // A missed rubric point's label is already short ("Missed rubric point: Metrics").
  const clause = id.startsWith('rubric:') ? label : label.split(/[,:;(]| so | because /)[0].trim().replace(/\.$/, '')
  const name = clause.length > SHORT_NAME_CHARS ? `${clause.slice(0, clause.lastIndexOf(' ', SHORT_NAME_CHARS))}…` : clause
  return name ? name[0].toUpperCase() + name.slice(1) : label
}

/** The mistakes made most often, most first (ties: the most recent first), at most `limit`. */
export function topMistakes(activity: ActivityEntry[], limit = 8): MistakeCount[] {
  const counts = new Map<string, MistakeCount>()
  for (const entry of activity) {
    for (const mistake of entry.mistakes) {
      const key = `${entry.exerciseId} ${mistake.id}`
      const known = counts.get(key)
      if (known) {
        known.count += 1
        known.lastAt = entry.at
        known.label = mistake.label
      } else {
        counts.set(key, { key, exerciseId: entry.exerciseId, name: shortMistakeName(mistake.id, mistake.label), label: mistake.label, count: 1, lastAt: entry.at })
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, limit)
}

/** "under 1 min", "12 min", "1 h 5 min"; a dash for no time. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '—'
  if (seconds < 60) return 'under 1 min'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
