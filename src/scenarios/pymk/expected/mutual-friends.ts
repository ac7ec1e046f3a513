import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'

const USER = 42

/**
 * Expected result of `sql-mutual-friends`, from the generated rows without SQL: user 42's
 * friends of friends (active friend rows, either direction), minus 42, its friends and
 * anyone in a blocked row with 42, with their number of distinct common friends; top 10 by
 * that number, then by user id.
 */
export function computeMutualFriends(data: Dataset): QueryResult {
  const friends = new Map<number, Set<number>>()
  const link = (a: number, b: number) => {
    let set = friends.get(a)
    if (!set) friends.set(a, (set = new Set()))
    set.add(b)
  }
  const blocked = new Set<number>()
  for (const r of data.tables.fact_user_relationships) {
    const from = Number(r.user_id_from)
    const to = Number(r.user_id_to)
    if (r.status === 'blocked' && (from === USER || to === USER)) blocked.add(from === USER ? to : from)
    if (r.relationship_type !== 'friend' || r.status !== 'active') continue
    link(from, to)
    link(to, from)
  }
  const mine = friends.get(USER) ?? new Set<number>()
  const counts = new Map<number, number>()
  for (const friend of mine) {
    for (const candidate of friends.get(friend) ?? []) {
      if (candidate === USER || mine.has(candidate) || blocked.has(candidate)) continue
      counts.set(candidate, (counts.get(candidate) ?? 0) + 1)
    }
  }
  const rows = [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || a - b)
    .slice(0, 10)
    .map(([candidate, mutual]) => [candidate, mutual])
  return { columns: ['candidate_user_id', 'mutual_friends'], rows }
}
