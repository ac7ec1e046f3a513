import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

/**
 * Expected result of `sql-campaign-funnel`: every campaign with its June 2024 impressions,
 * clicks and conversions, CTR and CVR in percent (NULL on a zero denominator), by campaign_id.
 */
export function computeCampaignFunnel(data: Dataset): QueryResult {
  const counts = new Map<number, { impression: number; click: number; conversion: number }>()
  for (const c of data.tables.dim_ad_campaigns) counts.set(Number(c.campaign_id), { impression: 0, click: 0, conversion: 0 })
  for (const e of data.tables.fact_ad_events) {
    const date = String(e.date_partition)
    if (date < '2024-06-01' || date > '2024-06-30') continue
    const entry = counts.get(Number(e.campaign_id))
    const type = String(e.event_type) as 'impression' | 'click' | 'conversion'
    if (entry) entry[type] += 1
  }
  const pct = (part: number, whole: number) => (whole === 0 ? null : roundLikeSqlite((100 * part) / whole, 2))
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, n]) => [id, n.impression, n.click, n.conversion, pct(n.click, n.impression), pct(n.conversion, n.click)])
  return { columns: ['campaign_id', 'impressions', 'clicks', 'conversions', 'ctr_pct', 'cvr_pct'], rows }
}
