import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-engagement-processor.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase, PythonStep } from '../../engine/python/types'
import { construct, isoPlus, method, numberCases } from '../../engine/python/case-helpers'

const CLASS = 'UserEngagementProcessor'
const ev = (user_id: JsonValue, session_id: JsonValue, event_type: string, timestamp: JsonValue): PythonStep =>
  method('process_user_event', [{ user_id, session_id, event_type, timestamp }])
const daily = (date: string) => method('get_daily_metrics', [date])
const ratio = (date: string) => method('calculate_dau_mau_ratio', [date])

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  [
    'two users view posts on 2024-01-15, one of them likes',
    [
      construct(CLASS),
      ev(1, 'sess_1', 'post_view', '2024-01-15T10:00:00'),
      ev(1, 'sess_1', 'post_like', '2024-01-15T10:01:00'),
      ev(2, 'sess_2', 'post_view', '2024-01-15T10:02:00'),
      daily('2024-01-15'),
      ratio('2024-01-15'),
    ],
  ],
  [
    'a session of scrolls only stays a bounce',
    [construct(CLASS), ev(7, 's7', 'scroll', '2024-03-01T08:00:00'), ev(7, 's7', 'scroll', '2024-03-01T08:00:30'), daily('2024-03-01')],
  ],
  [
    'a six-minute session with shares and comments is highly engaged',
    [
      construct(CLASS),
      ev(3, 'a', 'post_view', '2024-06-10T12:00:00'),
      ev(3, 'a', 'post_comment', '2024-06-10T12:02:00'),
      ev(3, 'a', 'post_share', '2024-06-10T12:03:00'),
      ev(3, 'a', 'post_comment', '2024-06-10T12:04:30'),
      ev(3, 'a', 'post_share', '2024-06-10T12:06:00'),
      daily('2024-06-10'),
    ],
  ],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  [
    'an event missing session_id returns None and changes nothing',
    [construct(CLASS), method('process_user_event', [{ user_id: 1, event_type: 'post_view', timestamp: '2024-01-15T10:00:00' }]), daily('2024-01-15')],
  ],
  [
    'an unparseable timestamp returns None and changes nothing',
    [construct(CLASS), ev(1, 's', 'post_view', 'yesterday at noon'), ev(1, 's', 'post_view', '2024-02-30T10:00:00'), daily('2024-02-29'), ratio('2024-02-29')],
  ],
  [
    'a session crossing midnight counts once, on the day it started; later events count on their own day',
    [
      construct(CLASS),
      ev(5, 'late', 'scroll', '2024-04-01T23:58:00'),
      ev(5, 'late', 'post_view', '2024-04-02T00:01:00'),
      ev(5, 'late', 'post_share', '2024-04-02T00:03:00'),
      daily('2024-04-01'),
      daily('2024-04-02'),
    ],
  ],
  [
    'the same session_id under two users is two sessions',
    [construct(CLASS), ev(1, 'x', 'post_view', '2024-05-05T09:00:00'), ev(2, 'x', 'post_like', '2024-05-05T09:05:00'), daily('2024-05-05')],
  ],
  [
    'thresholds: score 10 over exactly 2 minutes is moderately engaged; score 20 under 5 minutes is not highly engaged',
    [
      construct(CLASS),
      ev(1, 'm', 'post_comment', '2024-05-06T10:00:00'),
      ev(1, 'm', 'post_like', '2024-05-06T10:01:00'),
      ev(1, 'm', 'post_like', '2024-05-06T10:02:00'),
      ev(1, 'm', 'post_comment', '2024-05-06T10:04:00'),
      ev(1, 'm', 'post_share', '2024-05-06T10:04:59'),
    ],
  ],
  ['three views with no time between them are lightly engaged', [construct(CLASS), ev(9, 'v', 'post_view', '2024-05-07T10:00:00'), ev(9, 'v', 'post_view', '2024-05-07T10:00:00'), ev(9, 'v', 'post_view', '2024-05-07T10:00:00')]],
  [
    'an unknown event type only moves last_activity',
    [construct(CLASS), ev(4, 'q', 'post_like', '2024-05-08T10:00:00'), ev(4, 'q', 'app_background', '2024-05-08T10:07:00'), daily('2024-05-08')],
  ],
  ['a date with no events has zeros', [construct(CLASS), ev(1, 's', 'post_view', '2024-05-09T10:00:00'), daily('2024-05-10'), ratio('2024-05-10')]],
  [
    'average engagement per session rounds like Python: 1 like over 8 sessions is 0.12',
    [construct(CLASS), ...Array.from({ length: 8 }, (_, i) => ev(i + 1, `s${i}`, i === 0 ? 'post_like' : 'scroll', `2024-05-11T10:0${i}:00`)), daily('2024-05-11')],
  ],
  [
    'MAU covers the 30 days ending on the date: day D-29 counts, day D-30 does not',
    [
      construct(CLASS),
      ev(1, 'a', 'post_view', '2024-06-01T10:00:00'),
      ev(2, 'b', 'post_view', '2024-06-02T10:00:00'),
      ev(3, 'c', 'post_view', '2024-07-01T10:00:00'),
      ev(2, 'd', 'post_view', '2024-07-01T11:00:00'),
      ratio('2024-07-01'),
      ratio('2024-07-02'),
    ],
  ],
  ['a timestamp with Z is parsed, and its date is the UTC date', [construct(CLASS), ev(6, 'z', 'post_view', '2024-06-15T23:30:00Z'), daily('2024-06-15')]],
  ['a user who never views a post is not daily active', [construct(CLASS), ev(8, 'n', 'post_comment', '2024-06-16T10:00:00'), ratio('2024-06-16'), daily('2024-06-16')]],
])

const TYPES: Array<readonly [string, number]> = [
  ['post_view', 5],
  ['post_like', 3],
  ['post_share', 1],
  ['post_comment', 1],
  ['scroll', 3],
  ['app_open', 1],
]

/** Seeded cases: a few users' sessions over three days, a few broken events, then every day's metrics. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'feed-engagement/py-engagement-processor')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const steps: PythonStep[] = [construct(CLASS)]
    let t = r.int(0, 3600)
    const base = '2024-06-28T21:00:00'
    const sessions: Array<{ user: number; id: string }> = []
    for (let i = r.int(4, 18); i > 0; i--) {
      t += r.int(0, 600) * (r.chance(0.1) ? 20 : 1)
      if (sessions.length === 0 || r.chance(0.3)) sessions.push({ user: r.int(1, 4), id: `s${sessions.length + 1}` })
      const s = r.pick(sessions)
      const type = r.weighted(TYPES)
      if (r.chance(0.06)) steps.push(method('process_user_event', [{ user_id: s.user, event_type: type, timestamp: isoPlus(base, t) }]))
      else if (r.chance(0.05)) steps.push(ev(s.user, s.id, type, r.pick(['not a time', '2024-06-31T10:00:00', ''])))
      else steps.push(ev(s.user, s.id, type, isoPlus(base, t)))
    }
    for (const date of ['2024-06-28', '2024-06-29', '2024-06-30']) steps.push(daily(date))
    steps.push(ratio(r.pick(['2024-06-29', '2024-06-30', '2024-07-28'])))
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
