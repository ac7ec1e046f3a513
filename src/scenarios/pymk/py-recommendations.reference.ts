/**
 * Reference for `pymk/py-recommendations`: `generate_recommendations` with the seed's scoring
 * rules exactly (seed Solution 6.4, `generate_recommendations`): 5 per mutual friend, +3 same
 * country (two missing countries count as the same, as `None == None`), +2 when
 * last_active_days_ago <= 7, -10 for a private account with no mutual friend, +3 for a private
 * account with >= 2; kept when score > 0 or private with >= 1 mutual; score desc, user_id asc.
 */
import { hashKey, pyEquals, pyGet, pyItem, pyNumber, pySliceTo, pyTruthy, PyError } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps } from '../../engine/python/run-steps'

function idSet(user: JsonValue): Set<string> {
  const ids = pyGet(user, 'friend_ids', [])
  if (!Array.isArray(ids)) throw new PyError('TypeError', 'friend_ids must be a list')
  return new Set(ids.map(hashKey))
}

export function generateRecommendations(targetUserId: JsonValue, usersData: JsonValue, maxRecommendations: JsonValue): JsonValue {
  if (!Array.isArray(usersData)) throw new PyError('TypeError', 'users_data must be a list')
  const target = usersData.find((u) => pyEquals(pyItem(u, 'user_id'), targetUserId))
  if (target === undefined) return []
  const targetFriends = idSet(target)
  const targetCountry = pyGet(target, 'country_code', null)
  const targetKey = hashKey(targetUserId)
  // A dict keyed by user id: a later entry for the same id replaces the score, when it qualifies.
  const scores = new Map<string, { id: JsonValue; score: number }>()
  for (const candidate of usersData) {
    const id = pyItem(candidate, 'user_id')
    const key = hashKey(id)
    if (key === targetKey || targetFriends.has(key)) continue
    let mutual = 0
    for (const f of idSet(candidate)) if (targetFriends.has(f)) mutual++
    let score = mutual * 5
    if (pyEquals(pyGet(candidate, 'country_code', null), targetCountry)) score += 3
    if (pyNumber(pyGet(candidate, 'last_active_days_ago', Infinity), 'last_active_days_ago') <= 7) score += 2
    const isPrivate = pyTruthy(pyGet(candidate, 'is_private', false))
    if (isPrivate && mutual === 0) score -= 10
    if (isPrivate && mutual >= 2) score += 3
    if (score > 0 || (isPrivate && mutual > 0)) {
      const previous = scores.get(key)
      scores.set(key, { id: previous?.id ?? id, score })
    }
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || pyNumber(a.id, 'user_id') - pyNumber(b.id, 'user_id'))
  return pySliceTo(ranked, pyNumber(maxRecommendations, 'max_recommendations')).map((r) => r.id)
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    functions: {
      generate_recommendations: {
        params: [['target_user_id'], ['users_data'], ['max_recommendations']],
        call: ([t, u, m]) => generateRecommendations(t, u, m),
      },
    },
  })
}
