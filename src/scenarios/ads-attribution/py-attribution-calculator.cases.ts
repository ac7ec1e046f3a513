import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-attribution-calculator.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase, PythonStep } from '../../engine/python/types'
import { construct, isoPlus, method, numberCases } from '../../engine/python/case-helpers'

const CLASS = 'AttributionCalculator'
const ad = (user_id: number, event_type: string, campaign_id: number, timestamp: string, extra: Record<string, JsonValue> = {}): PythonStep =>
  method('process_ad_event', [{ user_id, ad_id: campaign_id * 10 + 1, campaign_id, event_type, timestamp, ...extra }])
const convert = (user_id: number, campaign_id: number, timestamp: string, conversion_value?: number): PythonStep =>
  ad(user_id, 'conversion', campaign_id, timestamp, conversion_value === undefined ? {} : { conversion_value })

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  [
    'an impression and a click, then a conversion (which is not a touchpoint itself)',
    [construct(CLASS), ad(1, 'impression', 1001, '2024-01-01T10:00:00'), ad(1, 'click', 1002, '2024-01-03T14:00:00'), convert(1, 1001, '2024-01-05T16:00:00', 50.0)],
  ],
  ['a conversion with no touchpoints', [construct(CLASS), convert(2, 1001, '2024-01-05T16:00:00', 20.0)]],
  ['one click the same day', [construct(CLASS), ad(3, 'click', 2001, '2024-02-01T09:00:00', { channel: 'feed' }), convert(3, 2001, '2024-02-01T18:30:00', 12.5)]],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  [
    'a touch exactly 7 days before counts; one a second earlier does not',
    [construct(CLASS), ad(1, 'impression', 1, '2024-06-01T09:59:59'), ad(1, 'impression', 2, '2024-06-01T10:00:00'), convert(1, 9, '2024-06-08T10:00:00', 30.0)],
  ],
  ['a touch at the conversion\'s own timestamp counts', [construct(CLASS), ad(1, 'click', 3, '2024-06-08T10:00:00'), convert(1, 3, '2024-06-08T10:00:00', 10.0)]],
  ['a touch stamped after the conversion does not count', [construct(CLASS), ad(1, 'click', 4, '2024-06-08T10:00:01'), ad(1, 'impression', 5, '2024-06-07T10:00:00'), convert(1, 5, '2024-06-08T10:00:00', 10.0)]],
  [
    'a second conversion does not see the first one as a touchpoint',
    [construct(CLASS), ad(1, 'click', 6, '2024-06-05T10:00:00'), convert(1, 6, '2024-06-06T10:00:00', 5.0), convert(1, 6, '2024-06-07T10:00:00', 7.0)],
  ],
  ['another user\'s touches do not count', [construct(CLASS), ad(1, 'click', 7, '2024-06-05T10:00:00'), convert(2, 7, '2024-06-06T10:00:00', 9.0)]],
  ['only conversions, then no touchpoints', [construct(CLASS), convert(4, 1, '2024-06-01T00:00:00', 1.0), convert(4, 1, '2024-06-02T00:00:00', 1.0)]],
  [
    'a 1-day window',
    [construct(CLASS, [1]), ad(1, 'impression', 8, '2024-06-05T09:00:00'), ad(1, 'click', 9, '2024-06-05T11:00:00'), convert(1, 9, '2024-06-06T10:00:00', 40.0)],
  ],
  ['no conversion_value -> 0', [construct(CLASS), ad(1, 'click', 10, '2024-06-05T10:00:00'), convert(1, 10, '2024-06-05T11:00:00')]],
  [
    'time decay counts whole days: 1 day 23 hours is 1 day',
    [construct(CLASS), ad(1, 'impression', 11, '2024-06-03T11:00:00'), ad(1, 'click', 12, '2024-06-04T10:00:00'), ad(1, 'click', 13, '2024-06-05T09:00:00'), convert(1, 13, '2024-06-05T10:00:00', 100.0)],
  ],
  ['impressions and clicks return None', [construct(CLASS, [], { attribution_window_days: 3 }), ad(1, 'impression', 14, '2024-06-05T10:00:00'), ad(1, 'click', 14, '2024-06-05T10:00:01')]],
])

/** Seeded cases: two users' impressions and clicks in time order, with conversions among them. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'ads-attribution/py-attribution-calculator')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const days = r.pick([1, 3, 7, 7, 14])
    const steps: PythonStep[] = [days === 7 && r.chance(0.5) ? construct(CLASS) : construct(CLASS, [days])]
    let t = 0
    for (let i = r.int(2, 14); i > 0; i--) {
      t += r.chance(0.2) ? 0 : r.int(0, 3 * 86400)
      const user = r.int(1, 2)
      const type = r.weighted<string>([['impression', 5], ['click', 3], ['conversion', 2]])
      const at = isoPlus('2024-06-01T00:00:00', t)
      if (type === 'conversion') steps.push(convert(user, r.int(1, 4), at, r.chance(0.85) ? r.int(1, 20000) / 100 : undefined))
      else steps.push(ad(user, type, r.int(1, 4), at))
    }
    steps.push(convert(1, 1, isoPlus('2024-06-01T00:00:00', t + r.int(0, 86400))))
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
