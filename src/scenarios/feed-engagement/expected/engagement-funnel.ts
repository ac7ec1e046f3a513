import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { datesFrom } from '../../shared/calendar'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

/** Session counts of one day, step by step. */
interface DayCounts {
  total: number
  viewed: number
  engaged: number
  sharedOrCommented: number
  deepScroll: number
  bounced: number
}

/**
 * Expected result of `sql-engagement-funnel`: for each date_partition 2024-06-24..06-30,
 * the sessions of that day and the share of them at each funnel step.
 */
export function computeEngagementFunnel(data: Dataset): QueryResult {
  const days = new Map<string, DayCounts>()
  for (const date of datesFrom('2024-06-24', '2024-06-30')) {
    days.set(date, { total: 0, viewed: 0, engaged: 0, sharedOrCommented: 0, deepScroll: 0, bounced: 0 })
  }
  for (const s of data.tables.fact_user_sessions) {
    const day = days.get(String(s.date_partition))
    if (!day) continue
    const [viewed, liked, shared, commented] = [s.posts_viewed, s.posts_liked, s.posts_shared, s.posts_commented].map(Number)
    day.total += 1
    if (viewed > 0) day.viewed += 1
    if (liked > 0 || shared > 0 || commented > 0) day.engaged += 1
    if (shared > 0 || commented > 0) day.sharedOrCommented += 1
    if (Number(s.max_scroll_depth_pct) > 50) day.deepScroll += 1
    if (viewed === 0) day.bounced += 1
  }
  const pct = (part: number, whole: number) => roundLikeSqlite((100 * part) / whole, 2)
  const rows = [...days.entries()]
    .filter(([, d]) => d.total > 0)
    .map(([date, d]) => [
      date,
      d.total,
      pct(d.viewed, d.total),
      pct(d.engaged, d.total),
      pct(d.sharedOrCommented, d.total),
      pct(d.deepScroll, d.total),
      pct(d.bounced, d.total),
    ])
  return {
    columns: [
      'date_partition',
      'total_sessions',
      'view_rate_pct',
      'engagement_rate_pct',
      'share_comment_rate_pct',
      'deep_scroll_rate_pct',
      'bounce_rate_pct',
    ],
    rows,
  }
}
