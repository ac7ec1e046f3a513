/**
 * Turns session plans into fact_reels_events and fact_reels_sessions rows. Both tables come
 * from the same timeline, so the session aggregates always agree with the events.
 */
import type { Row } from '../../../datasets/types'
import { fromDayNumber } from '../../../datasets/dates'
import type { EventType, SessionPlan, Video } from './model'

/** When, within a watched video, the viewer likes, shares and comments (share of the watch). */
const ACTION_AT: Record<'like' | 'share' | 'comment', number> = { like: 0.9, share: 0.93, comment: 0.96 }

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))

/** 'YYYY-MM-DD HH:MM:SS' for seconds since 1970-01-01 UTC. */
export function formatSeconds(t: number): string {
  const day = Math.floor(t / 86_400)
  const s = t - day * 86_400
  return `${fromDayNumber(day)} ${TWO_DIGITS[Math.floor(s / 3600)]}:${TWO_DIGITS[Math.floor((s % 3600) / 60)]}:${TWO_DIGITS[s % 60]}`
}

const pct = (seconds: number, duration: number): number => Math.round(Math.min(100, (100 * seconds) / duration) * 100) / 100

/**
 * Appends the events of one session to `rows` (in time order: actions sit inside the watch,
 * the next view starts after the previous one ends) and their times to `times`.
 */
function appendEvents(plan: SessionPlan, sessionId: string, videos: Map<number, Video>, rows: Row[], times: number[]): void {
  let t = plan.day * 86_400 + plan.startSecond
  const push = (time: number, video: Video, type: EventType, durationMs: number | null, positionPct: number | null) => {
    const ts = formatSeconds(time)
    times.push(time)
    rows.push({
      event_id: '',
      user_id: plan.userId,
      video_id: video.videoId,
      creator_id: video.creatorId,
      session_id: sessionId,
      event_type: type,
      event_timestamp: ts,
      view_duration_ms: durationMs,
      video_position_pct: positionPct,
      device_type: plan.device,
      date_partition: ts.slice(0, 10),
      hour_partition: (time % 86_400) / 3600 | 0,
    })
  }
  for (const view of plan.views) {
    const video = videos.get(view.videoId)!
    const start = (t += view.startDelay)
    push(start, video, 'view_start', null, 0)
    for (const [type, count] of [['like', view.likes], ['share', view.shares], ['comment', view.comments]] as const) {
      for (let k = 0; k < count; k++) {
        const offset = Math.min(view.watchSeconds, Math.floor(view.watchSeconds * ACTION_AT[type]) + k)
        push(start + offset, video, type, null, pct(offset, video.durationSeconds))
      }
    }
    if (view.endLogged) push(start + view.watchSeconds, video, 'view_end', view.watchSeconds * 1000, pct(view.watchSeconds, video.durationSeconds))
    t = start + view.watchSeconds
  }
}

/** Builds both fact tables. Session ids follow start time; event ids follow event time. */
export function buildEventTables(plans: SessionPlan[], videoList: Video[]): { events: Row[]; sessions: Row[] } {
  const videos = new Map(videoList.map((v) => [v.videoId, v]))
  const order = plans
    .map((plan, i) => ({ plan, i, start: plan.day * 86_400 + plan.startSecond + plan.views[0].startDelay }))
    .sort((a, b) => a.start - b.start || a.plan.userId - b.plan.userId || a.i - b.i)

  const sessions: Row[] = []
  const unsorted: Row[] = []
  const times: number[] = []
  order.forEach(({ plan }, k) => {
    const sessionId = `s${String(k + 1).padStart(6, '0')}`
    const first = unsorted.length
    appendEvents(plan, sessionId, videos, unsorted, times)
    const last = plan.views[plan.views.length - 1]
    const lastPct = last.endLogged ? pct(last.watchSeconds, videos.get(last.videoId)!.durationSeconds) : null
    const started = new Set<number>()
    const creators = new Set<number>()
    let watch = 0
    let engagement = 0
    for (const v of plan.views) {
      started.add(v.videoId)
      creators.add(videos.get(v.videoId)!.creatorId)
      if (v.endLogged) watch += v.watchSeconds
      engagement += v.likes + v.shares + v.comments
    }
    const startText = unsorted[first].event_timestamp as string
    sessions.push({
      session_id: sessionId,
      user_id: plan.userId,
      session_start_ts: startText,
      session_end_ts: unsorted[unsorted.length - 1].event_timestamp,
      videos_watched: started.size,
      total_watch_time_seconds: watch,
      unique_creators_watched: creators.size,
      engagement_events_count: engagement,
      session_completed_flag: lastPct !== null && lastPct >= 90 ? 1 : 0,
      last_video_completion_pct: lastPct,
      date_partition: startText.slice(0, 10),
    })
  })

  // By time; same-second events keep session order, then their order within the session.
  const index = Array.from({ length: unsorted.length }, (_, i) => i)
  index.sort((a, b) => times[a] - times[b] || a - b)
  const events: Row[] = new Array(index.length)
  for (let i = 0; i < index.length; i++) {
    const row = unsorted[index[i]]
    row.event_id = `e${String(i + 1).padStart(7, '0')}`
    events[i] = row
  }
  return { events, sessions }
}
