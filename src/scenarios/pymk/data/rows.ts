/** Turns the planned users, graph, suggestions and interactions into the five tables' rows. */
import type { Random } from '../../../core/random'
import type { Row } from '../../../datasets/types'
import { fromDayNumber } from '../../../datasets/dates'
import { DAY_SECONDS, END, formatTime } from './calendar'
import { exponential } from './funnel'
import type { Interaction, PlannedUser, Relationship, Suggestion } from './model'

const byTime = <T>(items: T[], at: (x: T) => number, tie: (x: T) => number): T[] =>
  items.slice().sort((a, b) => at(a) - at(b) || tie(a) - tie(b))

/** Active friends of each user, both directions. */
function friendSets(relationships: Relationship[]): Map<number, Set<number>> {
  const friends = new Map<number, Set<number>>()
  const add = (a: number, b: number) => {
    let set = friends.get(a)
    if (!set) friends.set(a, (set = new Set()))
    set.add(b)
  }
  for (const r of relationships) {
    if (r.type !== 'friend' || r.status !== 'active') continue
    add(r.from, r.to)
    add(r.to, r.from)
  }
  return friends
}

/**
 * fact_user_relationships, ids in creation order. mutual_friends_count is the pair's
 * current number of common active friends (refreshed as of today); interaction_score
 * grows with the pair's interactions and is 0 for blocked rows.
 */
export function buildRelationshipRows(relationships: Relationship[], interactions: Interaction[], random: Random): Row[] {
  const friends = friendSets(relationships)
  const touches = new Map<number, number>()
  const key = (a: number, b: number) => (a < b ? a * 1_000_000 + b : b * 1_000_000 + a)
  for (const i of interactions) touches.set(key(i.from, i.to), (touches.get(key(i.from, i.to)) ?? 0) + 1)
  const ordered = byTime(relationships, (r) => r.createdAt, (r) => r.from * 1_000_000 + r.to)
  return ordered.map((r, i) => {
    const a = friends.get(r.from)
    const b = friends.get(r.to)
    let mutual = 0
    if (a && b) for (const f of a) if (b.has(f)) mutual++
    const n = touches.get(key(r.from, r.to)) ?? 0
    const score = r.status === 'blocked' ? 0 : Math.min(99.99, n * 6.5 + random.next() * (r.type === 'friend' ? 35 : 12))
    return {
      relationship_id: i + 1,
      user_id_from: r.from,
      user_id_to: r.to,
      relationship_type: r.type,
      status: r.status,
      created_timestamp: formatTime(r.createdAt),
      mutual_friends_count: mutual,
      interaction_score: Math.round(score * 100) / 100,
    }
  })
}

export function buildSuggestionRows(suggestions: Suggestion[]): Row[] {
  return byTime(suggestions, (s) => s.at, (s) => s.target * 1_000_000 + s.suggested).map((s, i) => ({
    suggestion_id: `sg${String(i + 1).padStart(6, '0')}`,
    target_user_id: s.target,
    suggested_user_id: s.suggested,
    suggestion_timestamp: formatTime(s.at),
    suggestion_reason: s.reason,
    mutual_friends_count: s.mutualFriends,
    algorithm_score: s.algorithmScore,
    was_viewed: s.viewed ? 1 : 0,
    was_requested: s.requested ? 1 : 0,
    was_accepted: s.accepted ? 1 : 0,
    outcome_timestamp: s.outcomeAt === null ? null : formatTime(s.outcomeAt),
    date_partition: formatTime(s.at).slice(0, 10),
  }))
}

export function buildInteractionRows(interactions: Interaction[]): Row[] {
  return byTime(interactions, (x) => x.at, (x) => x.from * 1_000_000 + x.to).map((x, i) => {
    if (x.at > END) throw new Error('pymk: an interaction after today')
    return {
      interaction_id: i + 1,
      user_id_from: x.from,
      user_id_to: x.to,
      interaction_type: x.type,
      interaction_timestamp: formatTime(x.at),
    }
  })
}

export function buildPrivacyRows(users: PlannedUser[]): Row[] {
  return users
    .filter((u) => u.privacy !== null)
    .map((u) => ({
      user_id: u.userId,
      is_private_account: u.privacy!.isPrivate ? 1 : 0,
      allow_friend_suggestions: u.privacy!.allowSuggestions ? 1 : 0,
      pymk_frequency_preference: u.privacy!.frequency,
      last_updated: formatTime(u.privacy!.lastUpdated),
    }))
}

/**
 * dim_users. last_active_date is the latest of the user's own actions (relationships,
 * suggestions acted on, interactions sent) and a drawn recent visit, never before
 * registration nor after today.
 */
export function buildUserRows(
  users: PlannedUser[],
  relationships: Relationship[],
  suggestions: Suggestion[],
  interactions: Interaction[],
  random: Random,
): Row[] {
  const today = Math.floor(END / DAY_SECONDS)
  const last = new Map<number, number>()
  const seen = (user: number, at: number) => last.set(user, Math.max(last.get(user) ?? 0, Math.floor(at / DAY_SECONDS)))
  for (const r of relationships) seen(r.from, r.createdAt)
  for (const s of suggestions) if (s.requested) seen(s.target, s.outcomeAt!)
  for (const s of suggestions) if (s.accepted) seen(s.suggested, s.outcomeAt!)
  for (const x of interactions) seen(x.from, x.at)
  return users.map((u) => {
    const visit = Math.max(u.registrationDay, today - Math.floor(exponential(random, 25)))
    return {
      user_id: u.userId,
      country_code: u.country,
      registration_date: fromDayNumber(u.registrationDay),
      last_active_date: fromDayNumber(Math.min(today, Math.max(visit, last.get(u.userId) ?? 0))),
    }
  })
}

