/**
 * "Your data is yours": the learner's persisted state as one JSON file, and back. The file is
 * versioned like the store (`version` is the PERSIST_VERSION that wrote it) and validated with zod
 * before anything is replaced, so a bad, foreign or newer file changes nothing.
 */
import { z } from 'zod'
import { PERSIST_VERSION, sanitizePersisted } from './migrate'
import type { PersistedState } from './types'

/** What the `format` field of every export says: a JSON file of another app is not ours. */
export const EXPORT_FORMAT = 'de-trainer-export'

export interface ExportFile {
  format: typeof EXPORT_FORMAT
  version: number
  exportedAt: string
  state: PersistedState
}

const rating = z.enum(['strong', 'medium', 'weak'])
const isoTime = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'is not a date')

/** The state of every version we ever wrote: fields added later are optional, so older files read. */
const stateSchema = z.object({
  solved: z.record(z.string(), z.object({ at: isoTime })).optional(),
  attempts: z.record(z.string(), z.number().int().nonnegative()).optional(),
  drafts: z.record(z.string(), z.string()).optional(),
  selfRatings: z.record(z.string(), z.record(z.string(), rating)).optional(),
  ratingHistory: z
    .record(
      z.string(),
      z.array(z.object({ at: isoTime, coverage: z.record(z.string(), z.number().min(0).max(100)), ratings: z.record(z.string(), rating) })),
    )
    .optional(),
  followUpNotes: z.record(z.string(), z.string()).optional(),
  followUpRatings: z.record(z.string(), rating).optional(),
  reviews: z
    .record(
      z.string(),
      z.object({
        id: z.string(),
        kind: z.enum(['mistake', 'rubric', 'follow-up']),
        target: z.union([z.object({ exerciseId: z.string() }), z.object({ scenarioId: z.string() })]),
        label: z.string(),
        createdAt: isoTime,
        step: z.number().int().min(0).max(3),
        dueAt: isoTime,
      }),
    )
    .optional(),
  activity: z
    .array(
      z.object({
        at: isoTime,
        exerciseId: z.string(),
        verdict: z.enum(['accepted', 'rejected']),
        mistakes: z.array(z.object({ id: z.string(), label: z.string() })),
      }),
    )
    .optional(),
  timeSpent: z.record(z.string(), z.number().nonnegative()).optional(),
  // Added in version 4.
  mockLoops: z
    .record(
      z.string(),
      z.object({
        id: z.string(),
        scope: z.string(),
        startedAt: isoTime,
        finishedAt: isoTime.optional(),
        status: z.enum(['running', 'finished', 'stopped']),
        current: z.number().int().nonnegative(),
        setAside: z.record(z.string(), z.string().nullable()),
        parts: z
          .array(
            z.object({
              kind: z.enum(['product', 'model', 'sql', 'python']),
              exerciseId: z.string(),
              secondsGiven: z.number().positive(),
              startedAt: isoTime.optional(),
              endedAt: isoTime.optional(),
              endedBy: z.enum(['submit', 'time']).optional(),
              answer: z.string().optional(),
              result: z
                .object({
                  verdict: z.enum(['accepted', 'rejected', 'error']),
                  score: z.number().min(0).max(100),
                  secondsUsed: z.number().nonnegative(),
                  mistakes: z.array(z.string()),
                  missed: z.array(z.string()),
                  feedback: z.array(z.string()),
                })
                .optional(),
            }),
          )
          .min(1),
      }),
    )
    .optional(),
})

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: isoTime,
  state: z.unknown(),
})

/** The file to save: everything the store persists, nothing of the session. */
export function createExport(state: PersistedState, now: Date = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, version: PERSIST_VERSION, exportedAt: now.toISOString(), state: sanitizePersisted(state) }
}

export type ImportResult = { ok: true; state: PersistedState; exportedAt: string } | { ok: false; error: string }

/** The file name an export is saved under: `de-trainer-progress-2024-06-30.json`. */
export const exportFileName = (now: Date = new Date()): string => `de-trainer-progress-${now.toISOString().slice(0, 10)}.json`

const describePath = (path: PropertyKey[]): string => path.map(String).join('.')

/**
 * Reads an export's text. Never throws: a file that is not JSON, not ours, newer than this app
 * or damaged gives `{ok: false, error}` in plain words, and the caller changes nothing.
 */
export function readExport(text: string): ImportResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not an export of this trainer. Nothing was changed.' }
  }
  const isOurs = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === EXPORT_FORMAT
  if (!isOurs) {
    return { ok: false, error: 'This JSON file is not an export of this trainer (it has no "format": "de-trainer-export"). Nothing was changed.' }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    return { ok: false, error: `This export is damaged: ${describePath(issue.path)} ${issue.message.toLowerCase()}. Nothing was changed.` }
  }
  const { version, state, exportedAt } = envelope.data
  if (version > PERSIST_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of the trainer (data version ${version}; this one reads up to ${PERSIST_VERSION}). Update the app, then import it again. Nothing was changed.`,
    }
  }
  const parsed = stateSchema.safeParse(state)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: `This export is damaged: state.${describePath(issue.path)}: ${issue.message}. Nothing was changed.` }
  }
  // Older versions migrate the same way stored state does.
  return { ok: true, state: sanitizePersisted(parsed.data), exportedAt }
}
