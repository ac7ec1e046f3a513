import { RATING_HISTORY_LIMIT } from './product-actions'
import { ACTIVITY_LIMIT } from './activity-slice'
import type { ActivityEntry, MockLoop, MockPart, MockPartResult, PersistedState, RatingHistoryEntry, ReviewItem, SelfRating, SolvedEntry } from './types'

/**
 * Bump when the persisted shape changes, and teach `migratePersisted` the old one.
 * v2 added `ratingHistory` (self-ratings against detected coverage per product-sense Submit).
 * v3 added `followUpNotes` and `followUpRatings` (the interviewer's follow-up discussions) and `reviews` (the review queue);
 * `activity` (graded Submits) and `timeSpent` came later within v3: stores and exports without them read as empty.
 * v4 added `mockLoops` (mock interview loops and their reports).
 */
export const PERSIST_VERSION = 4

type Loose = Record<string, unknown>

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const toIso = (value: unknown): string => {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString()
  // Solved before we kept dates: the epoch says "long ago" without inventing a day.
  return new Date(0).toISOString()
}

/**
 * Reads `solved` in every shape it has had: `string[]` of ids (v0), `Record<id, true | timestamp>`
 * (v0), and `Record<id, {at}>` (v1). Anything unreadable is dropped, never fatal.
 */
function readSolved(raw: unknown): Record<string, SolvedEntry> {
  const solved: Record<string, SolvedEntry> = {}
  if (Array.isArray(raw)) {
    for (const id of raw) if (typeof id === 'string' && id) solved[id] = { at: toIso(undefined) }
    return solved
  }
  if (!isRecord(raw)) return solved
  for (const [id, entry] of Object.entries(raw)) {
    if (entry === false || entry === null || entry === undefined) continue
    if (isRecord(entry)) solved[id] = { at: toIso(entry.at) }
    else if (entry === true) solved[id] = { at: toIso(undefined) }
    else if (typeof entry === 'string' || typeof entry === 'number') solved[id] = { at: toIso(entry) }
  }
  return solved
}

function readAttempts(raw: unknown): Record<string, number> {
  const attempts: Record<string, number> = {}
  if (!isRecord(raw)) return attempts
  for (const [id, count] of Object.entries(raw)) {
    if (typeof count === 'number' && Number.isFinite(count) && count >= 0) attempts[id] = Math.floor(count)
  }
  return attempts
}

function readTextById(raw: unknown): Record<string, string> {
  const drafts: Record<string, string> = {}
  if (!isRecord(raw)) return drafts
  for (const [id, text] of Object.entries(raw)) if (typeof text === 'string') drafts[id] = text
  return drafts
}

const RATINGS = new Set(['strong', 'medium', 'weak'])

function readSelfRatings(raw: unknown): PersistedState['selfRatings'] {
  const ratings: PersistedState['selfRatings'] = {}
  if (!isRecord(raw)) return ratings
  for (const [id, byCriterion] of Object.entries(raw)) {
    const kept = readRatings(byCriterion)
    if (Object.keys(kept).length > 0) ratings[id] = kept
  }
  return ratings
}

function readRatings(raw: unknown): Record<string, SelfRating> {
  if (!isRecord(raw)) return {}
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, SelfRating] => typeof entry[1] === 'string' && RATINGS.has(entry[1])))
}

/** Entries without a readable time are dropped; coverage outside 0..100 or not a number is dropped. */
function readRatingHistory(raw: unknown): PersistedState['ratingHistory'] {
  const history: PersistedState['ratingHistory'] = {}
  if (!isRecord(raw)) return history
  for (const [id, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries)) continue
    const kept: RatingHistoryEntry[] = []
    for (const entry of entries) {
      if (!isRecord(entry) || typeof entry.at !== 'string' || Number.isNaN(Date.parse(entry.at))) continue
      const coverage: Record<string, number> = {}
      if (isRecord(entry.coverage)) {
        for (const [criterion, score] of Object.entries(entry.coverage)) {
          if (typeof score === 'number' && score >= 0 && score <= 100) coverage[criterion] = score
        }
      }
      kept.push({ at: new Date(entry.at).toISOString(), coverage, ratings: readRatings(entry.ratings) })
    }
    if (kept.length > 0) history[id] = kept.slice(-RATING_HISTORY_LIMIT)
  }
  return history
}

const REVIEW_KINDS = new Set(['mistake', 'rubric', 'follow-up'])
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/** Review items (added in version 3) that read whole; the rest are dropped. */
function readReviews(raw: unknown): PersistedState['reviews'] {
  const reviews: PersistedState['reviews'] = {}
  if (!isRecord(raw)) return reviews
  for (const [id, item] of Object.entries(raw)) {
    if (!isRecord(item) || item.id !== id || !REVIEW_KINDS.has(item.kind as string) || typeof item.label !== 'string') continue
    if (!isTime(item.createdAt) || !isTime(item.dueAt) || typeof item.step !== 'number' || !Number.isInteger(item.step) || item.step < 0 || item.step > 3) continue
    const target = item.target
    if (!isRecord(target) || !(typeof target.exerciseId === 'string' || typeof target.scenarioId === 'string')) continue
    reviews[id] = {
      id,
      kind: item.kind as ReviewItem['kind'],
      target: typeof target.exerciseId === 'string' ? { exerciseId: target.exerciseId } : { scenarioId: target.scenarioId as string },
      label: item.label,
      createdAt: item.createdAt,
      step: item.step,
      dueAt: item.dueAt,
    }
  }
  return reviews
}

/** Graded Submits (added within version 3) that read whole, oldest first; the rest are dropped. */
function readActivity(raw: unknown): ActivityEntry[] {
  if (!Array.isArray(raw)) return []
  const kept: ActivityEntry[] = []
  for (const entry of raw) {
    if (!isRecord(entry) || !isTime(entry.at) || typeof entry.exerciseId !== 'string') continue
    if (entry.verdict !== 'accepted' && entry.verdict !== 'rejected') continue
    const mistakes = Array.isArray(entry.mistakes)
      ? entry.mistakes.filter((m): m is ActivityEntry['mistakes'][number] => isRecord(m) && typeof m.id === 'string' && typeof m.label === 'string')
      : []
    kept.push({ at: new Date(entry.at).toISOString(), exerciseId: entry.exerciseId, verdict: entry.verdict, mistakes: mistakes.map(({ id, label }) => ({ id, label })) })
  }
  return kept.sort((a, b) => a.at.localeCompare(b.at)).slice(-ACTIVITY_LIMIT)
}

function readTimeSpent(raw: unknown): Record<string, number> {
  const seconds: Record<string, number> = {}
  if (!isRecord(raw)) return seconds
  for (const [id, value] of Object.entries(raw)) if (typeof value === 'number' && Number.isFinite(value) && value > 0) seconds[id] = Math.round(value)
  return seconds
}

const PART_KINDS = new Set(['product', 'model', 'sql', 'python'])
const LOOP_STATUSES = new Set(['running', 'finished', 'stopped'])
const VERDICTS = new Set(['accepted', 'rejected', 'error'])
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0
const readLines = (raw: unknown): string[] => (Array.isArray(raw) ? raw.filter((line): line is string => typeof line === 'string') : [])

function readMockResult(raw: unknown): MockPartResult | undefined {
  if (!isRecord(raw) || !VERDICTS.has(raw.verdict as string) || !isCount(raw.score) || raw.score > 100 || !isCount(raw.secondsUsed)) return undefined
  return {
    verdict: raw.verdict as MockPartResult['verdict'],
    score: raw.score,
    secondsUsed: raw.secondsUsed,
    mistakes: readLines(raw.mistakes),
    missed: readLines(raw.missed),
    feedback: readLines(raw.feedback),
  }
}

function readMockPart(raw: unknown): MockPart | undefined {
  if (!isRecord(raw) || !PART_KINDS.has(raw.kind as string) || typeof raw.exerciseId !== 'string' || !isCount(raw.secondsGiven) || raw.secondsGiven === 0) return undefined
  const part: MockPart = { kind: raw.kind as MockPart['kind'], exerciseId: raw.exerciseId, secondsGiven: raw.secondsGiven }
  if (isTime(raw.startedAt)) part.startedAt = raw.startedAt
  if (isTime(raw.endedAt)) part.endedAt = raw.endedAt
  if (raw.endedBy === 'submit' || raw.endedBy === 'time') part.endedBy = raw.endedBy
  if (typeof raw.answer === 'string') part.answer = raw.answer
  const result = readMockResult(raw.result)
  if (result) part.result = result
  return part
}

/** Mock loops (added in version 4) whose every part reads; the rest are dropped. */
function readMockLoops(raw: unknown): PersistedState['mockLoops'] {
  const loops: PersistedState['mockLoops'] = {}
  if (!isRecord(raw)) return loops
  for (const [id, loop] of Object.entries(raw)) {
    if (!isRecord(loop) || loop.id !== id || typeof loop.scope !== 'string' || !isTime(loop.startedAt) || !LOOP_STATUSES.has(loop.status as string)) continue
    if (!Array.isArray(loop.parts) || loop.parts.length === 0) continue
    const parts = loop.parts.map(readMockPart)
    if (parts.some((part) => part === undefined)) continue
    const current = typeof loop.current === 'number' && Number.isInteger(loop.current) && loop.current >= 0 && loop.current < parts.length ? loop.current : 0
    const setAside: Record<string, string | null> = {}
    if (isRecord(loop.setAside)) {
      for (const [exerciseId, draft] of Object.entries(loop.setAside)) if (typeof draft === 'string' || draft === null) setAside[exerciseId] = draft
    }
    const read: MockLoop = { id, scope: loop.scope, startedAt: loop.startedAt, status: loop.status as MockLoop['status'], current, parts: parts as MockPart[], setAside }
    if (isTime(loop.finishedAt)) read.finishedAt = loop.finishedAt
    loops[id] = read
  }
  return loops
}

/** Keeps every field it can read from any stored shape; the rest start fresh. */
export function sanitizePersisted(raw: unknown): PersistedState {
  const state = isRecord(raw) ? raw : {}
  // v0 kept progress under `progress` and drafts under `answers`.
  const progress = isRecord(state.progress) ? state.progress : state
  return {
    solved: readSolved(progress.solved),
    attempts: readAttempts(progress.attempts),
    drafts: readTextById(state.drafts ?? state.answers),
    // Added within version 1: older stores simply have none.
    selfRatings: readSelfRatings(state.selfRatings),
    // Added in version 2: v1 stores have none, so history starts with the next Submit.
    ratingHistory: readRatingHistory(state.ratingHistory),
    // Added in version 3: v1 and v2 stores have none.
    followUpNotes: readTextById(state.followUpNotes),
    followUpRatings: readRatings(state.followUpRatings),
    reviews: readReviews(state.reviews),
    // Added within version 3: older data has none, so the charts start with the next Submit.
    activity: readActivity(state.activity),
    timeSpent: readTimeSpent(state.timeSpent),
    // Added in version 4: older stores have no mock loops.
    mockLoops: readMockLoops(state.mockLoops),
  }
}

/** `persist`'s `migrate`: called when the stored version differs from PERSIST_VERSION. */
export function migratePersisted(persisted: unknown, _version: number): PersistedState {
  return sanitizePersisted(persisted)
}
