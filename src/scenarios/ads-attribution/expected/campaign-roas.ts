import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

/** Tier of a reported (already rounded) linear ROAS; NULL is 'poor'. */
function tierOf(roas: number | null): string {
  if (roas === null) return 'poor'
  if (roas >= 3) return 'excellent'
  if (roas >= 2) return 'good'
  if (roas >= 1) return 'break_even'
  return 'poor'
}

/**
 * Expected result of `sql-campaign-roas`: campaigns starting on or after 2024-06-01 with
 * their ROAS under last-touch, linear and time-decay attribution (revenue = value x weight
 * summed over the campaign's touchpoints, 0 without any; NULL when spend is 0) and the tier
 * of the rounded linear ROAS; by linear_roas descending with NULLs last, then campaign_id.
 */
export function computeCampaignRoas(data: Dataset): QueryResult {
  const revenue = new Map<number, [number, number, number]>()
  for (const t of data.tables.fact_attribution_touchpoints) {
    const id = Number(t.campaign_id)
    const value = Number(t.conversion_value_usd)
    const sums = revenue.get(id) ?? [0, 0, 0]
    sums[0] += value * Number(t.last_touch_weight)
    sums[1] += value * Number(t.linear_weight)
    sums[2] += value * Number(t.time_decay_weight)
    revenue.set(id, sums)
  }
  const rows = data.tables.dim_ad_campaigns
    .filter((c) => String(c.campaign_start_date) >= '2024-06-01')
    .map((c) => {
      const id = Number(c.campaign_id)
      const spend = Number(c.total_spend_usd)
      const [last, linear, decay] = (revenue.get(id) ?? [0, 0, 0]).map((r) => (spend === 0 ? null : roundLikeSqlite(r / spend, 2)))
      return [id, Number(c.advertiser_id), spend, last, linear, decay, tierOf(linear)]
    })
  const key = (v: unknown) => (v === null ? -Infinity : (v as number))
  rows.sort((a, b) => key(b[4]) - key(a[4]) || (a[0] as number) - (b[0] as number))
  return {
    columns: ['campaign_id', 'advertiser_id', 'total_spend', 'last_touch_roas', 'linear_roas', 'time_decay_roas', 'performance_tier'],
    rows,
  }
}
