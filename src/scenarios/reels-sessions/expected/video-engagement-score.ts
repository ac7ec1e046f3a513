import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'

const WEIGHTS: Record<string, number> = { view_start: 1, like: 3, share: 5, comment: 7 }

/**
 * Expected result of `sql-video-engagement-score`: videos uploaded from 2024-06-01, scored
 * on their June events, kept at 50+ view_starts, ranked with gaps after ties (RANK), top 20
 * by score then video_id.
 */
export function computeVideoEngagementScore(data: Dataset): QueryResult {
  const videos = new Map<number, { video: Record<string, unknown>; score: number; views: number }>()
  for (const v of data.tables.dim_videos) {
    if (String(v.upload_timestamp) >= '2024-06-01') videos.set(Number(v.video_id), { video: v, score: 0, views: 0 })
  }
  for (const e of data.tables.fact_reels_events) {
    const entry = videos.get(Number(e.video_id))
    const day = String(e.date_partition)
    if (!entry || day < '2024-06-01' || day > '2024-06-30') continue
    entry.score += WEIGHTS[String(e.event_type)] ?? 0
    if (e.event_type === 'view_start') entry.views += 1
  }
  const kept = [...videos.entries()]
    .filter(([, x]) => x.views >= 50)
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
  const rows = kept.slice(0, 20).map(([id, x]) => {
    const rank = 1 + kept.filter(([, y]) => y.score > x.score).length
    const v = x.video
    return [id, v.creator_id, v.video_duration_seconds, v.video_category, x.score, x.views, rank] as QueryResult['rows'][number]
  })
  return {
    columns: ['video_id', 'creator_id', 'video_duration_seconds', 'video_category', 'engagement_score', 'view_count', 'engagement_rank'],
    rows,
  }
}
