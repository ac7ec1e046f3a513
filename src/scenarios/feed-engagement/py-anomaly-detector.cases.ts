import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-anomaly-detector.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { call, numberCases } from '../../engine/python/case-helpers'

const FN = 'detect_engagement_anomalies'
const days = (rows: Array<[dau: number, avg: number]>, start = 1): JsonValue[] =>
  rows.map(([dau_count, avg], i) => ({ date: `2024-06-${String(start + i).padStart(2, '0')}`, dau_count, avg_engagement_per_session: avg }))

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  ['DAU falls by a third on the fourth day', [call(FN, [days([[100, 2.0], [110, 2.1], [90, 1.9], [66, 2.0]])], { window_days: 3 })]],
  ['engagement per session dips by 20% while DAU holds (medium severity)', [call(FN, [days([[50, 2.5], [50, 2.5], [51, 2.0]])], { window_days: 2 })]],
  ['three days are not enough for a 3-day window', [call(FN, [days([[10, 1.0], [5, 0.5], [1, 0.1]])], { window_days: 3 })], 'If the list has fewer than window_days + 1 entries, return []'],
  [
    'defaults: a 7-day window and a 15% threshold',
    [call(FN, [days([[200, 3.0], [210, 3.1], [190, 2.9], [205, 3.0], [195, 3.05], [200, 2.95], [200, 3.0], [150, 3.0], [198, 2.4]])])],
  ],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  ['a zero DAU baseline does not divide by zero', [call(FN, [days([[0, 0.0], [0, 0.0], [5, 1.0], [0, 0.0]])], { window_days: 2 })], 'When a baseline is 0 there is nothing to drop from: that drop is 0 (never divide by zero)'],
  ['a zero engagement baseline with a DAU drop still reports the DAU drop', [call(FN, [days([[40, 0.0], [40, 0.0], [20, 0.0]])], { window_days: 2 })], 'Day i is an anomaly when either drop is strictly greater than threshold_pct'],
  ['a drop of exactly 25% is medium, not high', [call(FN, [days([[4, 1.0], [4, 1.0], [3, 1.0]])], { window_days: 2 })], 'severity is "high" when the larger of the two (unrounded) drops is strictly greater than 25, otherwise "medium"'],
  ['a drop equal to the threshold is not flagged', [call(FN, [days([[4, 1.0], [4, 1.0], [3, 1.0]])], { window_days: 2, threshold_pct: 25.0 })], 'a drop exactly equal to the threshold is not flagged'],
  ['rises are never anomalies', [call(FN, [days([[10, 1.0], [10, 1.0], [30, 5.0], [60, 9.0]])], { window_days: 2 })], 'A rise gives a negative drop'],
  ['exactly window_days entries -> []', [call(FN, [days([[10, 1.0], [10, 1.0], [1, 0.1], [1, 0.1], [1, 0.1], [1, 0.1], [1, 0.1]])])], 'If the list has fewer than window_days + 1 entries, return []'],
  ['the baseline slides: each day is compared with the window just before it', [call(FN, [days([[10, 1.0], [8, 1.0], [6, 1.0], [4, 1.0], [4, 1.0], [2, 1.0]])], { window_days: 1 })], 'The baseline is the plain mean over the window_days entries just before day i; day i itself is not part of it'],
  ['drops are rounded to 2 decimals like Python (one third -> 33.33)', [call(FN, [days([[3, 0.3], [3, 0.3], [2, 0.2]])], { window_days: 2 })], 'dau_drop_pct and engagement_drop_pct are round(..., 2)'],
  ['threshold passed positionally', [call(FN, [days([[10, 1.0], [10, 1.0], [9, 0.95]]), 2, 5.0])]],
  ['an empty list -> []', [call(FN, [[]])]],
])

/** Seeded cases: noisy daily metrics with planted drops and zero days. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'feed-engagement/py-anomaly-detector')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const window = r.int(1, 5)
    const rows: Array<[number, number]> = []
    for (let i = r.int(Math.max(0, window - 1), window + 8); i > 0; i--) {
      const dip = r.chance(0.25) ? r.next() * 0.6 : 0
      const dau = r.chance(0.08) ? 0 : Math.round(r.int(20, 120) * (1 - dip))
      // Multiples of 1/8 add up exactly in any order, so a learner's plain loop and Python's
      // compensated sum() agree to the last bit, and no rounding boundary depends on which one ran.
      const avg = r.chance(0.08) ? 0.0 : Math.round((0.5 + r.next() * 3) * (1 - (r.chance(0.3) ? dip : 0)) * 8) / 8
      rows.push([dau, avg])
    }
    const kwargs: Record<string, JsonValue> = { window_days: window }
    if (r.chance(0.5)) kwargs.threshold_pct = r.pick([10.0, 15.0, 20.0, 25.0])
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps: [call(FN, [days(rows)], kwargs)] }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
