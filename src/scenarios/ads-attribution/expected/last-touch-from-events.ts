import type { Dataset, Row } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

const WINDOW_MS = 7 * 86_400_000

/** Milliseconds of a 'YYYY-MM-DD HH:MM:SS' UTC timestamp. */
const msOf = (ts: unknown) => Date.parse(`${String(ts).replace(' ', 'T')}Z`)

/** True when touch `a` is "more last" than `b`: later, then a click over an impression, then the larger event_id. */
function isLater(a: Row, b: Row): boolean {
  const ta = msOf(a.event_timestamp)
  const tb = msOf(b.event_timestamp)
  if (ta !== tb) return ta > tb
  const ca = a.event_type === 'click' ? 1 : 0
  const cb = b.event_type === 'click' ? 1 : 0
  if (ca !== cb) return ca > cb
  return String(a.event_id) > String(b.event_id)
}

/**
 * Expected result of `sql-last-touch-from-events`: each June 2024 conversion credited in full
 * to the campaign of the same user's last impression or click in [conversion - 7 days,
 * conversion); per campaign the conversions and revenue; by revenue descending, campaign_id.
 */
export function computeLastTouchFromEvents(data: Dataset): QueryResult {
  const touchesByUser = new Map<number, Row[]>()
  const conversions: Row[] = []
  for (const e of data.tables.fact_ad_events) {
    if (e.event_type === 'conversion') {
      const date = String(e.date_partition)
      if (date >= '2024-06-01' && date <= '2024-06-30') conversions.push(e)
      continue
    }
    const user = Number(e.user_id)
    const list = touchesByUser.get(user)
    if (list) list.push(e)
    else touchesByUser.set(user, [e])
  }
  const perCampaign = new Map<number, { conversions: number; revenue: number }>()
  for (const conversion of conversions) {
    const end = msOf(conversion.event_timestamp)
    let last: Row | null = null
    for (const touch of touchesByUser.get(Number(conversion.user_id)) ?? []) {
      const t = msOf(touch.event_timestamp)
      if (t < end - WINDOW_MS || t >= end) continue
      if (last === null || isLater(touch, last)) last = touch
    }
    if (last === null) continue
    const id = Number(last.campaign_id)
    const entry = perCampaign.get(id) ?? { conversions: 0, revenue: 0 }
    entry.conversions += 1
    entry.revenue += Number(conversion.conversion_value_usd)
    perCampaign.set(id, entry)
  }
  const rows = [...perCampaign.entries()].map(([id, e]) => [id, e.conversions, roundLikeSqlite(e.revenue, 2)])
  rows.sort((a, b) => (b[2] as number) - (a[2] as number) || (a[0] as number) - (b[0] as number))
  return { columns: ['campaign_id', 'conversions', 'attributed_revenue'], rows }
}
