/**
 * Reference for `reels-sessions/py-event-parser`: `parse_event(event_json)` (contract
 * "Scenario reels-sessions"; seed Solution 4 Part A without its bugs: booleans are not ids,
 * a non-object `metadata` gives None instead of raising).
 */
import { loadsJson } from '../../engine/python/python-json'
import { formatDatetime, parseIsoDatetime, toUtc } from '../../engine/python/python-datetime'
import { PyError } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

const REQUIRED = ['event_id', 'event_type', 'user_id', 'video_id', 'timestamp']
const EVENT_TYPES = new Set(['video_view', 'like', 'share', 'comment', 'follow'])

export function parseEvent(eventJson: JsonValue): JsonValue {
  if (typeof eventJson !== 'string') return null
  let loaded
  try {
    loaded = loadsJson(eventJson)
  } catch (error) {
    if (error instanceof PyError) return null
    throw error
  }
  const event = loaded.value
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return null
  if (REQUIRED.some((field) => !(field in event) || event[field] === null)) return null
  // An id is an int > 0: not a bool (Python's bool is an int subclass), not a float like 5.0.
  const isId = (field: string) => typeof event[field] === 'number' && !loaded.floatKeys.has(field) && (event[field] as number) > 0
  if (!isId('user_id') || !isId('video_id')) return null
  let parsed
  try {
    parsed = parseIsoDatetime(event.timestamp)
  } catch (error) {
    if (error instanceof PyError) return null
    throw error
  }
  if (typeof event.event_type !== 'string' || !EVENT_TYPES.has(event.event_type)) return null
  const metadata = event.metadata ?? {}
  if (typeof metadata !== 'object' || Array.isArray(metadata)) return null
  // A top-level number written as a float in the text (`"score": 2.0`) is a float in Python.
  const floats = Object.fromEntries([...loaded.floatKeys].map((k) => [k, pyFloat(event[k] as number)]))
  return {
    ...event,
    ...floats,
    parsed_timestamp: formatDatetime(toUtc(parsed)),
    view_duration_ms: 'view_duration_ms' in metadata ? metadata.view_duration_ms : 0,
    video_position: 'video_position' in metadata ? metadata.video_position : pyFloat(0.0),
  }
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, { functions: { parse_event: { params: [['event_json']], call: ([text]) => parseEvent(text) } } })
}
