import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { shiftDate } from '../../shared/calendar'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'

interface Group {
  total: number
  requested: number
  accepted: number
  sustained: number
}

const ENGAGING = new Set(['like', 'comment', 'message'])

function bucketOf(mutualFriends: number): string {
  if (mutualFriends === 0) return '0'
  if (mutualFriends <= 2) return '1-2'
  if (mutualFriends <= 5) return '3-5'
  return '6+'
}

/** 'YYYY-MM-DD HH:MM:SS' plus 30 days, as SQLite's datetime(t, '+30 days'). */
const plus30Days = (timestamp: string): string => `${shiftDate(timestamp.slice(0, 10), 30)}${timestamp.slice(10)}`

/**
 * Expected result of `sql-private-effectiveness`, from the generated rows without SQL:
 * June 2024 suggestions by the suggested user's account type (no privacy row = public) and
 * mutual-friend bucket, with the request, acceptance, sustained-engagement and end-to-end
 * rates; a rate over zero is NULL.
 */
export function computePrivateEffectiveness(data: Dataset): QueryResult {
  const privateUsers = new Set<number>()
  for (const row of data.tables.dim_user_privacy) if (row.is_private_account === 1) privateUsers.add(Number(row.user_id))

  // Engaging interactions by ordered pair "from|to", as timestamps.
  const engaging = new Map<string, string[]>()
  for (const row of data.tables.fact_user_interactions) {
    if (!ENGAGING.has(String(row.interaction_type))) continue
    const key = `${row.user_id_from}|${row.user_id_to}`
    const list = engaging.get(key)
    if (list) list.push(String(row.interaction_timestamp))
    else engaging.set(key, [String(row.interaction_timestamp)])
  }
  const engagedWithin = (a: unknown, b: unknown, first: string, last: string): boolean =>
    [`${a}|${b}`, `${b}|${a}`].some((key) => (engaging.get(key) ?? []).some((t) => t >= first && t <= last))

  const groups = new Map<string, Group>()
  for (const s of data.tables.fact_pymk_suggestions) {
    const day = String(s.date_partition)
    if (day < '2024-06-01' || day > '2024-06-30') continue
    const accountType = privateUsers.has(Number(s.suggested_user_id)) ? 'private' : 'public'
    const key = `${accountType}\t${bucketOf(Number(s.mutual_friends_count))}`
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { total: 0, requested: 0, accepted: 0, sustained: 0 }))
    g.total += 1
    if (s.was_requested === 1) g.requested += 1
    if (s.was_accepted !== 1) continue
    g.accepted += 1
    const outcome = String(s.outcome_timestamp)
    if (engagedWithin(s.target_user_id, s.suggested_user_id, outcome, plus30Days(outcome))) g.sustained += 1
  }

  const pct = (part: number, whole: number): number | null => (whole === 0 ? null : roundLikeSqlite((100 * part) / whole, 2))
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => [
      ...key.split('\t'),
      g.total,
      pct(g.requested, g.total),
      pct(g.accepted, g.requested),
      pct(g.sustained, g.accepted),
      pct(g.sustained, g.total),
    ])
  return {
    columns: [
      'account_type', 'mutual_bucket', 'total_suggestions', 'request_rate_pct',
      'acceptance_rate_pct', 'sustained_engagement_pct', 'suggestion_to_connection_pct',
    ],
    rows,
  }
}
