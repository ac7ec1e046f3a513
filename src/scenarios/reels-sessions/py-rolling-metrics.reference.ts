/**
 * Reference for `reels-sessions/py-rolling-metrics`: class `UserMetricsTracker` (contract
 * "Scenario reels-sessions"; seed Solution 4 Part B, but `now` is passed in instead of read
 * from the wall clock, and the window is inclusive: timestamp >= now - window_hours).
 */
import { addSeconds, compareDatetimes, parseIsoDatetime, type PyDatetime } from '../../engine/python/python-datetime'
import { hashKey, pyGet, pyItem, pyNumber } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps, type PyCallable } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

interface TrackedEvent {
  type: JsonValue
  at: PyDatetime
  durationMs: number
}

export function createMetricsTracker(windowHours: JsonValue): Record<string, PyCallable> {
  const hours = pyNumber(windowHours, 'window_hours')
  const events = new Map<string, TrackedEvent[]>()

  function update(userId: JsonValue, event: JsonValue): JsonValue {
    const tracked: TrackedEvent = {
      type: pyItem(event, 'event_type'),
      at: parseIsoDatetime(pyItem(event, 'timestamp')),
      durationMs: pyNumber(pyGet(event, 'view_duration_ms', 0), 'view_duration_ms'),
    }
    const key = hashKey(userId)
    events.set(key, [...(events.get(key) ?? []), tracked])
    return null
  }

  function metrics(userId: JsonValue, now: JsonValue): JsonValue {
    const cutoff = addSeconds(parseIsoDatetime(now), -hours * 3600)
    const inWindow = (events.get(hashKey(userId)) ?? []).filter((e) => compareDatetimes(e.at, cutoff) >= 0)
    const views = inWindow.filter((e) => e.type === 'video_view')
    const likes = inWindow.filter((e) => e.type === 'like').length
    // Added one view at a time, in arrival order, as a running total would be.
    let minutes = 0.0
    for (const v of views) minutes += v.durationMs / 60000
    return {
      videos_watched: views.length,
      total_engagement_time_minutes: pyFloat(minutes),
      likes,
      views: views.length,
      engagement_rate: pyFloat(views.length > 0 ? likes / views.length : 0.0),
    }
  }

  return {
    update_user_metrics: { params: [['user_id'], ['event']], call: ([u, e]) => update(u, e) },
    get_user_metrics: { params: [['user_id'], ['now']], call: ([u, n]) => metrics(u, n) },
  }
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    classes: { UserMetricsTracker: { params: [['window_hours', 24]], create: ([w]) => createMetricsTracker(w) } },
  })
}
