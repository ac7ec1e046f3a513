import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-rolling-metrics.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase, PythonStep } from '../../engine/python/types'
import { construct, isoPlus, method, numberCases } from '../../engine/python/case-helpers'

const CLASS = 'UserMetricsTracker'
const update = (user: number, event_type: string, timestamp: string, ms?: number): PythonStep =>
  method('update_user_metrics', [user, ms === undefined ? { event_type, timestamp } : { event_type, timestamp, view_duration_ms: ms }])
const metrics = (user: number, now: string) => method('get_user_metrics', [user, now])

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  [
    'two views and a like within the day',
    [
      construct(CLASS),
      update(1, 'video_view', '2024-06-30T08:00:00', 30000),
      update(1, 'like', '2024-06-30T08:00:40'),
      update(1, 'video_view', '2024-06-30T09:00:00', 90000),
      metrics(1, '2024-06-30T12:00:00'),
    ],
  ],
  [
    'an event exactly window_hours before now still counts',
    [construct(CLASS, [], { window_hours: 1 }), update(2, 'video_view', '2024-06-30T10:00:00', 60000), metrics(2, '2024-06-30T11:00:00'), metrics(2, '2024-06-30T11:00:01')],
  ],
  ['an unknown user gets zeros', [construct(CLASS), metrics(99, '2024-06-30T12:00:00')]],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  [
    'events older than 24 hours drop out',
    [construct(CLASS), update(1, 'video_view', '2024-06-28T10:00:00', 6000), update(1, 'like', '2024-06-29T11:00:00'), update(1, 'video_view', '2024-06-30T09:00:00', 12000), metrics(1, '2024-06-30T10:00:00')],
  ],
  ['a view without view_duration_ms adds no time', [construct(CLASS), update(3, 'video_view', '2024-06-30T10:00:00'), metrics(3, '2024-06-30T10:30:00')], 'view_duration_ms is optional (missing means 0)'],
  ['likes without views: engagement_rate 0.0', [construct(CLASS), update(4, 'like', '2024-06-30T10:00:00'), update(4, 'share', '2024-06-30T10:01:00'), metrics(4, '2024-06-30T10:30:00')], 'engagement_rate = likes / views, 0.0 when views = 0'],
  [
    'users are tracked separately',
    [construct(CLASS), update(1, 'video_view', '2024-06-30T10:00:00', 1000), update(2, 'like', '2024-06-30T10:00:00'), metrics(1, '2024-06-30T11:00:00'), metrics(2, '2024-06-30T11:00:00')],
  ],
  [
    'later calls with a later now see fewer events',
    [
      construct(CLASS, [2]),
      update(5, 'video_view', '2024-06-30T08:00:00', 120000),
      update(5, 'like', '2024-06-30T09:00:00'),
      update(5, 'video_view', '2024-06-30T09:30:00', 60000),
      metrics(5, '2024-06-30T10:00:00'),
      metrics(5, '2024-06-30T11:00:00'),
      metrics(5, '2024-06-30T12:00:00'),
    ],
  ],
  ['timestamps with Z', [construct(CLASS), update(6, 'video_view', '2024-06-30T10:00:00Z', 45000), update(6, 'like', '2024-06-30T10:00:05Z'), metrics(6, '2024-06-30T12:00:00Z')]],
  ['follows and comments are not views or likes', [construct(CLASS), update(7, 'follow', '2024-06-30T10:00:00'), update(7, 'comment', '2024-06-30T10:00:00'), metrics(7, '2024-06-30T10:00:00')]],
])

/** Seeded cases: a few users' events in time order, with reads at non-decreasing `now`. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'reels-sessions/py-rolling-metrics')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const hours = r.pick([1, 2, 6, 24])
    const steps: PythonStep[] = [hours === 24 && r.chance(0.5) ? construct(CLASS) : construct(CLASS, [], { window_hours: hours })]
    const base = '2024-06-29T00:00:00'
    let t = 0
    for (let i = r.int(3, 16); i > 0; i--) {
      t += r.int(0, hours * 3600 * 0.6)
      const user = r.int(1, 3)
      const type = r.weighted<string>([['video_view', 5], ['like', 3], ['share', 1], ['comment', 1]])
      const event: Record<string, JsonValue> = { event_type: type, timestamp: isoPlus(base, t) }
      if (type === 'video_view' && r.chance(0.85)) event.view_duration_ms = r.int(500, 120000)
      steps.push(method('update_user_metrics', [user, event]))
      if (r.chance(0.3)) {
        t += r.int(0, 600)
        steps.push(metrics(r.int(1, 4), isoPlus(base, t)))
      }
    }
    t += r.pick([0, 60, hours * 1800, hours * 3600])
    for (let user = 1; user <= 3; user++) steps.push(metrics(user, isoPlus(base, t)))
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
