/**
 * Reference for `pymk/py-friend-of-friend`: `SocialGraphAnalyzer(users_data)
 * .find_friend_of_friend_candidates(target_user_id)` (contract "Scenario pymk"; seed Solution
 * 6.4 without its bug: each candidate is listed once, not once per mutual friend).
 * Strength is the seed's `calculate_mutual_friends_strength`: the mean over mutual friends of
 * 1 + max(0, 10 - last_active_days_ago (default 30)) / 10, where a mutual friend missing
 * from users_data adds 0 but still counts in the mean's denominator.
 */
import { hashKey, pyGet, pyItem, pyNumber, PyError } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps, type PyCallable } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

interface Graph {
  users: Map<string, JsonValue>
  /** hashKey -> (hashKey -> id as first seen). */
  friends: Map<string, Map<string, JsonValue>>
}

function buildGraph(usersData: JsonValue): Graph {
  if (!Array.isArray(usersData)) throw new PyError('TypeError', 'users_data must be a list')
  const users = new Map<string, JsonValue>()
  for (const user of usersData) users.set(hashKey(pyItem(user, 'user_id')), user)
  const friends = new Map<string, Map<string, JsonValue>>()
  const link = (a: JsonValue, b: JsonValue) => {
    const ka = hashKey(a)
    let set = friends.get(ka)
    if (!set) friends.set(ka, (set = new Map()))
    if (!set.has(hashKey(b))) set.set(hashKey(b), b)
  }
  for (const user of users.values()) {
    const id = pyItem(user, 'user_id')
    const ids = pyGet(user, 'friend_ids', [])
    if (!Array.isArray(ids)) throw new PyError('TypeError', 'friend_ids must be a list')
    for (const friend of ids) {
      link(id, friend)
      link(friend, id)
    }
  }
  return { users, friends }
}

/** Ids ordered ascending, the order CPython iterates a set of small ints in. */
function ascending(ids: Iterable<JsonValue>): JsonValue[] {
  return [...ids].sort((a, b) => pyNumber(a, 'user id') - pyNumber(b, 'user id'))
}

function mutualStrength(g: Graph, mutual: JsonValue[]): number {
  if (mutual.length === 0) return 0.0
  let total = 0.0
  for (const id of mutual) {
    const user = g.users.get(hashKey(id))
    if (user === undefined) continue
    const bonus = Math.max(0, 10 - pyNumber(pyGet(user, 'last_active_days_ago', 30), 'last_active_days_ago')) / 10
    total += 1.0 + bonus
  }
  return total / mutual.length
}

export function findFriendOfFriendCandidates(g: Graph, targetUserId: JsonValue): JsonValue {
  const targetKey = hashKey(targetUserId)
  const targetFriends = g.friends.get(targetKey) ?? new Map<string, JsonValue>()
  const seen = new Map<string, JsonValue>()
  for (const friendKey of targetFriends.keys()) {
    for (const [key, id] of g.friends.get(friendKey) ?? []) {
      if (key !== targetKey && !targetFriends.has(key) && g.users.has(key) && !seen.has(key)) seen.set(key, id)
    }
  }
  const candidates = [...seen].map(([key, id]) => {
    const theirs = g.friends.get(key) ?? new Map<string, JsonValue>()
    const mutual = ascending([...targetFriends].filter(([k]) => theirs.has(k)).map(([, v]) => v))
    return { user_id: id, connection_strength: mutualStrength(g, mutual), mutual_friend_ids: mutual }
  })
  candidates.sort((a, b) => b.connection_strength - a.connection_strength || pyNumber(a.user_id, 'user_id') - pyNumber(b.user_id, 'user_id'))
  // Python's strength is a float (a mean): 2.0, not 2.
  return candidates.map((c) => ({ ...c, connection_strength: pyFloat(c.connection_strength) }))
}

export function createSocialGraphAnalyzer(usersData: JsonValue): Record<string, PyCallable> {
  const graph = buildGraph(usersData)
  return {
    find_friend_of_friend_candidates: {
      params: [['target_user_id'], ['max_distance', 2]],
      call: ([t]) => findFriendOfFriendCandidates(graph, t),
    },
  }
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, { classes: { SocialGraphAnalyzer: { params: [['users_data']], create: ([u]) => createSocialGraphAnalyzer(u) } } })
}
