/**
 * Reference for `feed-engagement/py-anomaly-detector`: `detect_engagement_anomalies`
 * (contract "Scenario feed-engagement"; seed Solution 1.4 without its divide-by-zero bug:
 * a zero baseline gives a drop of 0).
 */
import { PyError, pyItem, pyNumber, pySum, roundLikePython } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

export function detectEngagementAnomalies(dailyMetrics: JsonValue, windowDays: JsonValue, thresholdPct: JsonValue): JsonValue {
  if (!Array.isArray(dailyMetrics)) throw new PyError('TypeError', 'daily_metrics must be a list')
  const window = pyNumber(windowDays, 'window_days')
  const threshold = pyNumber(thresholdPct, 'threshold_pct')
  const anomalies: JsonValue[] = []
  if (dailyMetrics.length < window + 1) return anomalies
  const read = (i: number, key: string) => pyNumber(pyItem(dailyMetrics[i], key), key)
  for (let i = window; i < dailyMetrics.length; i++) {
    const previous = Array.from({ length: window }, (_, k) => i - window + k)
    // Python's sum() then true division, as a learner writes the mean.
    const baselineDau = pySum(previous.map((j) => read(j, 'dau_count'))) / window
    const baselineEngagement = pySum(previous.map((j) => read(j, 'avg_engagement_per_session'))) / window
    const dauDrop = dropPct(baselineDau, read(i, 'dau_count'))
    const engagementDrop = dropPct(baselineEngagement, read(i, 'avg_engagement_per_session'))
    if (dauDrop > threshold || engagementDrop > threshold) {
      anomalies.push({
        date: pyItem(dailyMetrics[i], 'date'),
        dau_drop_pct: pyFloat(roundLikePython(dauDrop, 2)),
        engagement_drop_pct: pyFloat(roundLikePython(engagementDrop, 2)),
        severity: Math.max(dauDrop, engagementDrop) > 25 ? 'high' : 'medium',
      })
    }
  }
  return anomalies
}

/** (baseline - current) / baseline * 100, in that order of operations; 0 for a zero baseline. */
function dropPct(baseline: number, current: number): number {
  return baseline === 0 ? 0 : ((baseline - current) / baseline) * 100
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    functions: {
      detect_engagement_anomalies: {
        params: [['daily_metrics'], ['window_days', 7], ['threshold_pct', 15.0]],
        call: ([m, w, t]) => detectEngagementAnomalies(m, w, t),
      },
    },
  })
}
