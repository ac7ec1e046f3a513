/**
 * Reference for `reels-sessions/py-viral-detector`: `detect_viral_videos` (contract "Scenario
 * reels-sessions"; seed Solution 4 Part C, with `now` passed in, the window [now - window_hours,
 * now] inclusive at both ends, and video_id ascending as the tie-break).
 */
import { addSeconds, compareDatetimes, parseIsoDatetime } from '../../engine/python/python-datetime'
import { PyError, hashKey, pyGet, pyItem, pyNumber } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps } from '../../engine/python/run-steps'

interface VideoCounts {
  videoId: JsonValue
  views: number
  sharesAndComments: number
}

export function detectViralVideos(events: JsonValue, now: JsonValue, windowHours: JsonValue, viralThreshold: JsonValue, minViews: JsonValue): JsonValue {
  if (!Array.isArray(events)) throw new PyError('TypeError', 'events must be a list')
  const end = parseIsoDatetime(now)
  const start = addSeconds(end, -pyNumber(windowHours, 'window_hours') * 3600)
  const threshold = pyNumber(viralThreshold, 'viral_threshold')
  const least = pyNumber(minViews, 'min_views')
  const videos = new Map<string, VideoCounts>()
  for (const event of events) {
    const videoId = pyGet(event, 'video_id', null)
    const type = pyGet(event, 'event_type', null)
    if (videoId === null || type === null) continue // missing: skipped
    const at = parseIsoDatetime(pyItem(event, 'timestamp'))
    if (compareDatetimes(at, start) < 0 || compareDatetimes(at, end) > 0) continue
    const key = hashKey(videoId)
    let counts = videos.get(key)
    if (!counts) videos.set(key, (counts = { videoId, views: 0, sharesAndComments: 0 }))
    if (type === 'video_view') counts.views += 1
    else if (type === 'share' || type === 'comment') counts.sharesAndComments += 1
  }
  const viral = [...videos.values()]
    .filter((v) => v.views >= least && v.views > 0)
    .map((v) => ({ videoId: v.videoId, ratio: v.sharesAndComments / v.views }))
    .filter((v) => v.ratio > threshold)
  viral.sort((a, b) => b.ratio - a.ratio || pyNumber(a.videoId, 'video_id') - pyNumber(b.videoId, 'video_id'))
  return viral.map((v) => v.videoId)
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    functions: {
      detect_viral_videos: {
        params: [['events'], ['now'], ['window_hours', 2], ['viral_threshold', 1.5], ['min_views', 1000]],
        call: ([e, n, w, t, m]) => detectViralVideos(e, n, w, t, m),
      },
    },
  })
}
