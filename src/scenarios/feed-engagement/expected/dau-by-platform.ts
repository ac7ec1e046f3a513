import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

const DAYS_IN_MAY = 31
const DAYS_IN_JUNE = 30

/**
 * Expected result of `sql-dau-by-platform`: per platform, the average daily active users
 * over every day of May and of June 2024 (a day without sessions counts as 0), and the
 * change between them in percent, computed from the unrounded averages.
 */
export function computeDauByPlatform(data: Dataset): QueryResult {
  // Distinct (user, day) pairs per platform and month: summed daily DAU of that month.
  const userDays = new Map<string, { may: Set<string>; june: Set<string> }>()
  for (const s of data.tables.fact_user_sessions) {
    const date = String(s.date_partition)
    if (date < '2024-05-01' || date > '2024-06-30') continue
    const platform = String(s.platform_type)
    let entry = userDays.get(platform)
    if (!entry) userDays.set(platform, (entry = { may: new Set(), june: new Set() }))
    ;(date < '2024-06-01' ? entry.may : entry.june).add(`${s.user_id}|${date}`)
  }
  const rows = [...userDays.entries()].map(([platform, { may, june }]) => {
    const mayAvg = may.size / DAYS_IN_MAY
    const juneAvg = june.size / DAYS_IN_JUNE
    // SQLite returns NULL for a division by zero.
    const change = mayAvg === 0 ? null : roundLikeSqlite((100 * (juneAvg - mayAvg)) / mayAvg, 2)
    return [platform, roundLikeSqlite(mayAvg, 1), roundLikeSqlite(juneAvg, 1), change]
  })
  // ORDER BY change_pct: SQLite puts NULLs first in ascending order.
  const key = (change: unknown) => (change === null ? -Infinity : (change as number))
  rows.sort((a, b) => key(a[3]) - key(b[3]))
  return { columns: ['platform_type', 'may_avg_dau', 'june_avg_dau', 'change_pct'], rows }
}
