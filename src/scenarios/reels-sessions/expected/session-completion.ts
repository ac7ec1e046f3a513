import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

/**
 * Expected result of `sql-session-completion`: for each date_partition 2024-06-24..06-30,
 * the sessions that started at least one video that day, and those that started three or
 * more distinct videos that day.
 */
export function computeSessionCompletion(data: Dataset): QueryResult {
  const started = new Map<string, Map<string, Set<number>>>()
  for (const e of data.tables.fact_reels_events) {
    const day = String(e.date_partition)
    if (e.event_type !== 'view_start' || day < '2024-06-24' || day > '2024-06-30') continue
    let sessions = started.get(day)
    if (!sessions) started.set(day, (sessions = new Map()))
    const session = String(e.session_id)
    let videos = sessions.get(session)
    if (!videos) sessions.set(session, (videos = new Set()))
    videos.add(Number(e.video_id))
  }
  const rows = [...started.keys()].sort().map((day) => {
    const sessions = [...started.get(day)!.values()]
    const completed = sessions.filter((videos) => videos.size >= 3).length
    return [day, sessions.length, completed, roundLikeSqlite((100 * completed) / sessions.length, 2)]
  })
  return { columns: ['date_partition', 'total_sessions', 'completed_sessions', 'completion_rate_pct'], rows }
}
