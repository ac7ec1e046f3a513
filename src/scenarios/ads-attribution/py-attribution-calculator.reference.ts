/**
 * Reference for `ads-attribution/py-attribution-calculator`: class `AttributionCalculator`
 * (contract "Scenario ads-attribution"; seed Solution 3.4 without its bug: a conversion is
 * not stored as a touchpoint, so it never attributes itself). Only impressions and clicks
 * are touchpoints, as the contract says; other event types return None and are not kept.
 */
import { compareDatetimes, parseIsoDatetime, secondsBetween, type PyDatetime } from '../../engine/python/python-datetime'
import { hashKey, pyGet, pyItem, pyNumber } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps, type PyCallable } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

interface Touchpoint {
  campaignId: JsonValue
  at: PyDatetime
}

export const NO_TOUCHPOINTS = 'No touchpoints found within attribution window'

export function createAttributionCalculator(windowDays: JsonValue): Record<string, PyCallable> {
  const windowSeconds = pyNumber(windowDays, 'attribution_window_days') * 86400
  const touchpoints = new Map<string, Touchpoint[]>()

  function process(event: JsonValue): JsonValue {
    const userId = pyItem(event, 'user_id')
    const type = pyItem(event, 'event_type')
    const at = parseIsoDatetime(pyItem(event, 'timestamp'))
    const key = hashKey(userId)
    if (type === 'impression' || type === 'click') {
      pyItem(event, 'ad_id')
      touchpoints.set(key, [...(touchpoints.get(key) ?? []), { campaignId: pyItem(event, 'campaign_id'), at }])
      return null
    }
    if (type !== 'conversion') return null
    const relevant = (touchpoints.get(key) ?? []).filter((t) => compareDatetimes(t.at, at) <= 0 && secondsBetween(at, t.at) <= windowSeconds)
    if (relevant.length === 0) return { error: NO_TOUCHPOINTS }
    const n = relevant.length
    // 1 / sqrt(whole days before the conversion + 1), normalised; timedelta.days floors.
    const decay = relevant.map((t) => 1.0 / Math.pow(Math.floor(secondsBetween(at, t.at) / 86400) + 1, 0.5))
    let total = 0
    for (const w of decay) total += w
    return {
      user_id: userId,
      conversion_value: pyGet(event, 'conversion_value', 0),
      touchpoint_count: n,
      attribution_weights: {
        first_touch: relevant.map((_, i) => pyFloat(i === 0 ? 1.0 : 0.0)),
        last_touch: relevant.map((_, i) => pyFloat(i === n - 1 ? 1.0 : 0.0)),
        linear: relevant.map(() => pyFloat(1.0 / n)),
        time_decay: decay.map((w) => pyFloat(w / total)),
      },
      first_touch_campaign: relevant[0].campaignId,
      last_touch_campaign: relevant[n - 1].campaignId,
    }
  }

  return { process_ad_event: { params: [['event']], call: ([e]) => process(e) } }
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    classes: { AttributionCalculator: { params: [['attribution_window_days', 7]], create: ([d]) => createAttributionCalculator(d) } },
  })
}
