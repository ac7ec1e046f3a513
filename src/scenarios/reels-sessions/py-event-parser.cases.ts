import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-event-parser.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { call, numberCases } from '../../engine/python/case-helpers'

const FN = 'parse_event'
const parse = (text: JsonValue) => [call(FN, [text])]
const json = (fields: Record<string, JsonValue>) => JSON.stringify(fields)
const base = { event_id: 'e1', event_type: 'video_view', user_id: 42, video_id: 7, timestamp: '2024-06-30T12:00:00' }

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  ['a video_view with metadata', parse(json({ ...base, metadata: { view_duration_ms: 15000, video_position: 0.75 } }))],
  ['a trailing Z means UTC', parse(json({ ...base, event_type: 'like', timestamp: '2024-06-30T12:00:00Z' })), 'a trailing Z means UTC'],
  ['a missing video_id -> None', parse(json({ event_id: 'e2', event_type: 'like', user_id: 42, timestamp: '2024-06-30T12:00:00' }))],
  ['an unknown event_type -> None', parse(json({ ...base, event_type: 'swipe' }))],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  ['user_id true is a boolean, not an id -> None', parse(json({ ...base, user_id: true })), 'user_id and video_id are integers greater than 0. A boolean (true/false) is not an integer here'],
  ['video_id false -> None', parse(json({ ...base, video_id: false })), 'user_id and video_id are integers greater than 0. A boolean (true/false) is not an integer here'],
  ['video_id 0 -> None', parse(json({ ...base, video_id: 0 })), 'user_id and video_id are integers greater than 0'],
  ['a negative user_id -> None', parse(json({ ...base, user_id: -3 })), 'user_id and video_id are integers greater than 0'],
  ['user_id as text -> None', parse(json({ ...base, user_id: '42' })), 'user_id and video_id are integers greater than 0'],
  ['user_id 42.0 is a float -> None', parse('{"event_id": "e1", "event_type": "share", "user_id": 42.0, "video_id": 7, "timestamp": "2024-06-30T12:00:00"}'), 'user_id and video_id are integers greater than 0'],
  ['metadata as a list -> None (never raises)', parse(json({ ...base, metadata: [1, 2] })), 'metadata is absent, null (read it as an empty object {}), or a JSON object. Anything else (a list, a string, a number) makes the event invalid'],
  ['metadata as text -> None', parse(json({ ...base, metadata: 'fast' })), 'metadata is absent, null (read it as an empty object {}), or a JSON object. Anything else (a list, a string, a number) makes the event invalid'],
  ['metadata null reads as {}', parse(json({ ...base, metadata: null })), 'metadata is absent, null (read it as an empty object {}), or a JSON object'],
  ['no metadata -> defaults 0 and 0.0', parse(json({ ...base, event_type: 'follow' })), 'view_duration_ms is metadata["view_duration_ms"] when present, otherwise 0; video_position is metadata["video_position"] when present, otherwise 0.0'],
  ['metadata with only view_duration_ms', parse(json({ ...base, metadata: { view_duration_ms: 900 } }))],
  ['an unparseable timestamp -> None', parse(json({ ...base, timestamp: 'yesterday' }))],
  ['month 13 -> None', parse(json({ ...base, timestamp: '2024-13-01T00:00:00' }))],
  ['a numeric timestamp -> None', parse(json({ ...base, timestamp: 1719748800 }))],
  ['a null event_id -> None', parse(json({ ...base, event_id: null }))],
  ['not JSON -> None', parse('{event_id: e1}')],
  ['a JSON list -> None', parse('[1, 2, 3]')],
  ['a JSON string naming every field -> None', parse('"event_id event_type user_id video_id timestamp"')],
  ['None instead of text -> None', parse(null)],
  ['extra fields are kept', parse(json({ ...base, event_type: 'comment', device: 'ios', metadata: { video_position: 0.5, codec: 'h264' } }))],
  ['an offset timestamp is returned in UTC (+00:00)', parse(json({ ...base, timestamp: '2024-06-30T23:15:00+02:00' }))],
  ['a naive timestamp stays naive', parse(json({ ...base, timestamp: '2024-06-30T00:00:00' }))],
])

/** Seeded cases: valid events and events with one thing broken. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'reels-sessions/py-event-parser')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const event: Record<string, JsonValue> = {
      event_id: `ev_${r.int(1, 99999)}`,
      event_type: r.pick(['video_view', 'like', 'share', 'comment', 'follow']),
      user_id: r.int(1, 5000),
      video_id: r.int(1, 900),
      timestamp: `2024-06-${String(r.int(1, 30)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00${r.pick(['', 'Z', '+00:00', '-05:00'])}`,
    }
    if (r.chance(0.6)) {
      const metadata: Record<string, JsonValue> = {}
      if (r.chance(0.7)) metadata.view_duration_ms = r.int(0, 60000)
      if (r.chance(0.7)) metadata.video_position = Math.round(r.next() * 100) / 100
      event.metadata = metadata
    }
    const breakage = r.int(0, 9)
    if (breakage === 0) delete event[r.pick(['event_id', 'event_type', 'user_id', 'video_id', 'timestamp'])]
    if (breakage === 1) event[r.pick(['user_id', 'video_id'])] = r.pick<JsonValue>([true, false, 0, -1, '12', null])
    if (breakage === 2) event.timestamp = r.pick(['2024-06-31T10:00:00', 'noon', '', '2024/06/30 10:00:00'])
    if (breakage === 3) event.event_type = r.pick(['view', 'LIKE', 'skip', ''])
    if (breakage === 4) event.metadata = r.pick<JsonValue>([null, [], 'x', 5])
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps: [call(FN, [JSON.stringify(event)])] }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
