import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-viral-detector.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { call, isoPlus, numberCases } from '../../engine/python/case-helpers'

const FN = 'detect_viral_videos'
const NOW = '2024-06-30T12:00:00'
/** `n` events of one type for one video, `secondsBefore` now. */
const many = (video_id: number, event_type: string, n: number, secondsBefore = 600): JsonValue[] =>
  Array.from({ length: n }, () => ({ video_id, event_type, timestamp: isoPlus(NOW, -secondsBefore) }))

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  [
    'video 1 is shared twice per view; video 2 is not viral',
    [call(FN, [[...many(1, 'video_view', 3), ...many(1, 'share', 6), ...many(2, 'video_view', 3), ...many(2, 'comment', 2)], NOW], { min_views: 3 })],
  ],
  [
    'equal ratios are ordered by video_id',
    [call(FN, [[...many(9, 'video_view', 2), ...many(9, 'share', 4), ...many(4, 'video_view', 1), ...many(4, 'comment', 2), ...many(6, 'video_view', 1), ...many(6, 'share', 3)], NOW], { min_views: 1 })],
  ],
  [
    'events outside [now - 2h, now] are ignored; both ends count',
    [
      call(FN, [[...many(1, 'video_view', 2, 7200), ...many(1, 'share', 4, 0), ...many(1, 'share', 5, 7201), ...many(2, 'video_view', 2, 100), ...many(2, 'share', 9, -1)], NOW], {
        min_views: 2,
      }),
    ],
  ],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  [
    'events missing video_id or event_type are skipped',
    [call(FN, [[...many(3, 'video_view', 2), { event_type: 'share', timestamp: NOW }, { video_id: 3, timestamp: NOW }, ...many(3, 'share', 2), { video_id: 3, event_type: 'comment', timestamp: NOW }], NOW], { min_views: 2, viral_threshold: 1.0 })],
  ],
  ['a ratio equal to the threshold is not viral', [call(FN, [[...many(5, 'video_view', 2), ...many(5, 'share', 3)], NOW], { min_views: 2 })], '(shares + comments) / views is strictly greater than viral_threshold'],
  ['fewer views than min_views are left out', [call(FN, [[...many(5, 'video_view', 2), ...many(5, 'share', 30)], NOW], { min_views: 3 })], 'A video is viral when views >= min_views and ...'],
  ['likes do not count toward virality', [call(FN, [[...many(8, 'video_view', 2), ...many(8, 'like', 10), ...many(8, 'share', 2)], NOW], { min_views: 2 })], 'Likes and follows do not count for anything'],
  ['no events -> []', [call(FN, [[], NOW])], 'No viral video: []'],
  ['a wider window given positionally', [call(FN, [[...many(2, 'video_view', 1, 3 * 3600), ...many(2, 'comment', 2, 3 * 3600)], NOW, 4, 1.5, 1])]],
  [
    'defaults: at least 1000 views and a ratio above 1.5',
    [
      call(FN, [
        [...many(11, 'video_view', 1000, 60), ...many(11, 'share', 900, 30), ...many(11, 'comment', 701, 30), ...many(12, 'video_view', 999, 60), ...many(12, 'share', 1600, 30)],
        NOW,
      ]),
    ],
  ],
  ['timestamps with Z against a now with Z', [call(FN, [[{ video_id: 1, event_type: 'video_view', timestamp: '2024-06-30T11:00:00Z' }, ...many(1, 'share', 2).map((e) => ({ ...(e as object), timestamp: '2024-06-30T11:30:00Z' }))], '2024-06-30T12:00:00Z'], { min_views: 1 })]],
])

/** Seeded cases: a handful of videos with random views/shares/comments around the window edges. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'reels-sessions/py-viral-detector')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const hours = r.pick([1, 2, 3])
    const events: JsonValue[] = []
    for (let v = r.int(1, 6); v > 0; v--) {
      const video = r.int(1, 40)
      for (let i = r.int(1, 25); i > 0; i--) {
        const before = r.chance(0.1) ? r.pick([hours * 3600, hours * 3600 + 1, 0, -1]) : r.int(0, hours * 3600 + 1800)
        const event: Record<string, JsonValue> = { video_id: video, event_type: r.weighted<string>([['video_view', 4], ['share', 3], ['comment', 3], ['like', 1]]), timestamp: isoPlus(NOW, -before) }
        if (r.chance(0.03)) delete event[r.pick(['video_id', 'event_type'])]
        events.push(event)
      }
    }
    const kwargs: Record<string, JsonValue> = { min_views: r.int(1, 5), viral_threshold: r.pick([0.5, 1.0, 1.5]) }
    if (hours !== 2) kwargs.window_hours = hours
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps: [call(FN, [r.shuffle(events), NOW], kwargs)] }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
