import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { shiftDate } from '../../shared/calendar'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

interface Cohort {
  size: number
  retained: [number, number, number]
}

const RETENTION_DAYS = [1, 7, 30] as const

/**
 * Expected result of `sql-cohort-retention`: monthly cohorts of users registered
 * 2024-01..2024-05 (at least 100 users), with the share of each cohort active on exactly
 * registration_date + 1, + 7 and + 30 days.
 */
export function computeCohortRetention(data: Dataset): QueryResult {
  const activeDays = new Set<string>()
  for (const row of data.tables.fact_user_daily_activity) {
    if (row.is_dau === 1) activeDays.add(`${row.user_id}|${row.activity_date}`)
  }
  const cohorts = new Map<string, Cohort>()
  for (const user of data.tables.dim_user_cohorts) {
    const registered = String(user.registration_date)
    if (registered < '2024-01-01' || registered > '2024-05-31') continue
    const month = registered.slice(0, 7)
    let cohort = cohorts.get(month)
    if (!cohort) cohorts.set(month, (cohort = { size: 0, retained: [0, 0, 0] }))
    cohort.size += 1
    RETENTION_DAYS.forEach((n, i) => {
      if (activeDays.has(`${user.user_id}|${shiftDate(registered, n)}`)) cohort.retained[i] += 1
    })
  }
  const pct = (part: number, whole: number) => roundLikeSqlite((100 * part) / whole, 2)
  const rows = [...cohorts.entries()]
    .filter(([, cohort]) => cohort.size >= 100)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, { size, retained }]) => [month, size, ...retained.map((r) => pct(r, size))])
  return {
    columns: ['cohort_month', 'cohort_size', 'd1_retention_pct', 'd7_retention_pct', 'd30_retention_pct'],
    rows,
  }
}
