/**
 * fact_user_interactions for the random suggestions (sustained or not, per the story) and
 * between background friends. Nothing is dated after today.
 */
import type { Random } from '../../../core/random'
import { END, INTERACTIONS_START, WINDOW_SECONDS, startOf } from './calendar'
import { sustainChance } from './funnel'
import type { Interaction, InteractionType, PlannedUser, Relationship, Suggestion } from './model'
import { isPrivate } from './users'

const ENGAGING: [InteractionType, number][] = [['like', 0.55], ['comment', 0.25], ['message', 0.2]]
const ANY: [InteractionType, number][] = [['like', 0.45], ['comment', 0.15], ['message', 0.15], ['view', 0.25]]

/** A time in [first, last], both inclusive. */
const between = (random: Random, first: number, last: number): number => first + Math.floor(random.next() * (last - first + 1))

function push(list: Interaction[], random: Random, s: Suggestion, type: InteractionType, at: number): void {
  if (at > END) return
  const forward = random.chance(0.5)
  list.push({ from: forward ? s.target : s.suggested, to: forward ? s.suggested : s.target, type, at })
}

/** Interactions of one unplanted suggestion's pair. */
function forSuggestion(list: Interaction[], random: Random, s: Suggestion, users: PlannedUser[]): void {
  if (s.accepted) {
    const start = s.outcomeAt!
    const last = Math.min(start + WINDOW_SECONDS, END)
    if (random.chance(sustainChance(isPrivate(users[s.suggested - 1]), s.mutualFriends))) {
      const n = 1 + random.poisson(1.3)
      for (let i = 0; i < n; i++) push(list, random, s, random.weighted(ENGAGING), between(random, start, last))
    } else {
      // Not sustained, but not silent either: views inside the window, a like before the
      // acceptance, or engagement only after the 30 days.
      if (random.chance(0.3)) push(list, random, s, 'view', between(random, start, last))
      if (random.chance(0.12) && start - s.at > 2) push(list, random, s, 'like', between(random, s.at, start - 1))
    }
    if (random.chance(0.25)) push(list, random, s, random.weighted(ENGAGING), start + WINDOW_SECONDS + random.int(1, 30 * 86_400))
  } else if (s.requested) {
    if (random.chance(0.15)) {
      list.push({ from: s.target, to: s.suggested, type: random.weighted(ANY), at: between(random, s.outcomeAt!, END) })
    }
  } else if (random.chance(0.03)) {
    list.push({ from: s.target, to: s.suggested, type: random.weighted(ANY), at: between(random, s.at, END) })
  }
}

export function drawInteractions(
  suggestions: Suggestion[],
  friendships: Relationship[],
  users: PlannedUser[],
  count: number,
  random: Random,
): Interaction[] {
  const list: Interaction[] = []
  for (const s of suggestions) forSuggestion(list, random, s, users)
  const first = startOf(INTERACTIONS_START)
  for (let i = 0; i < count; i++) {
    const r = random.pick(friendships)
    const forward = random.chance(0.5)
    list.push({ from: forward ? r.from : r.to, to: forward ? r.to : r.from, type: random.weighted(ANY), at: between(random, Math.max(first, r.createdAt), END) })
  }
  return list
}
