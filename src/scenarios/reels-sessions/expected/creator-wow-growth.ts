import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

const ENGAGEMENT = new Set(['view_start', 'like', 'share', 'comment'])

/**
 * Expected result of `sql-creator-wow-growth`: creators with 1000+ followers and engagement
 * events in both 2024-06-17..23 and 2024-06-24..30; growth of the second week over the
 * first, highest first (ties by creator_id), at most 100 rows.
 */
export function computeCreatorWowGrowth(data: Dataset): QueryResult {
  const weeks = new Map<number, [number, number]>()
  for (const e of data.tables.fact_reels_events) {
    const day = String(e.date_partition)
    if (!ENGAGEMENT.has(String(e.event_type)) || day < '2024-06-17' || day > '2024-06-30') continue
    const counts = weeks.get(Number(e.creator_id)) ?? [0, 0]
    counts[day >= '2024-06-24' ? 1 : 0] += 1
    weeks.set(Number(e.creator_id), counts)
  }
  const rows: QueryResult['rows'] = []
  for (const c of data.tables.dim_creators) {
    const counts = weeks.get(Number(c.creator_id))
    if (Number(c.follower_count) < 1000 || !counts || counts[0] === 0 || counts[1] === 0) continue
    const [previous, current] = counts
    const growth = roundLikeSqlite((100 * (current - previous)) / previous, 2)
    rows.push([c.creator_id, c.creator_username, '2024-06-24', current, previous, growth])
  }
  rows.sort((a, b) => Number(b[5]) - Number(a[5]) || Number(a[0]) - Number(b[0]))
  return {
    columns: ['creator_id', 'creator_username', 'week_start', 'total_engagement_events', 'prev_week_engagement', 'week_over_week_growth_pct'],
    rows: rows.slice(0, 100),
  }
}
