import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { datesFrom, shiftDate } from '../../shared/calendar'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

/**
 * Expected result of `sql-dau-mau-ratio`, computed from the generated rows without SQL:
 * for each day of June 2024, the users active that day (dau), the users active on any of
 * the 30 days ending that day (mau), and ROUND(dau / mau, 3).
 */
export function computeDauMauRatio(data: Dataset): QueryResult {
  const activeByDate = new Map<string, Set<number>>()
  for (const row of data.tables.fact_user_daily_activity) {
    if (row.is_dau !== 1) continue
    const date = String(row.activity_date)
    let users = activeByDate.get(date)
    if (!users) activeByDate.set(date, (users = new Set()))
    users.add(Number(row.user_id))
  }
  const rows = datesFrom('2024-06-01', '2024-06-30').map((date) => {
    const dau = activeByDate.get(date)?.size ?? 0
    const monthly = new Set<number>()
    for (const day of datesFrom(shiftDate(date, -29), date)) {
      for (const user of activeByDate.get(day) ?? []) monthly.add(user)
    }
    return [date, dau, monthly.size, roundLikeSqlite(dau / monthly.size, 3)]
  })
  return { columns: ['activity_date', 'dau', 'mau', 'dau_mau_ratio'], rows }
}
