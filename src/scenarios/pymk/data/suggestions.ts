/** Random PYMK suggestions in May and June 2024, with outcomes drawn from the story (funnel.ts). */
import type { Random } from '../../../core/random'
import { toDayNumber } from '../../../datasets/dates'
import { DAY_SECONDS, END, JUNE_START, SUGGESTIONS_START, startOf } from './calendar'
import { acceptChance, drawMutualFriends, exponential, requestChance, VIEW_CHANCE } from './funnel'
import type { SocialGraph } from './graph'
import type { PlannedUser, PymkConfig, Suggestion } from './model'
import { isPrivate, isSuggestible } from './users'

/** Picks fresh (target, suggested) pairs: never connected, never suggested before, either way round. */
export class PairPicker {
  private readonly suggested = new Set<number>()
  readonly targets: number[]
  readonly bySuggestedClass: Record<'private' | 'public' | 'no-row', number[]> = { private: [], public: [], 'no-row': [] }

  constructor(private readonly graph: SocialGraph, users: PlannedUser[], closed: Set<number>) {
    this.targets = users.filter((u) => !closed.has(u.userId)).map((u) => u.userId)
    for (const u of users) {
      if (closed.has(u.userId) || !isSuggestible(u)) continue
      this.bySuggestedClass[u.privacy === null ? 'no-row' : u.privacy.isPrivate ? 'private' : 'public'].push(u.userId)
    }
  }

  private key = (a: number, b: number): number => (a < b ? a * 1_000_000 + b : b * 1_000_000 + a)

  isFree(a: number, b: number): boolean {
    return a !== b && !this.graph.has(a, b) && !this.suggested.has(this.key(a, b))
  }

  /** A fresh pair whose suggested user is drawn from `pool` (all suggestible users by default). */
  pick(random: Random, pool?: number[]): [number, number] {
    const from = pool ?? this.allSuggestible()
    for (;;) {
      const target = random.pick(this.targets)
      const suggested = random.pick(from)
      if (this.isFree(target, suggested)) {
        this.suggested.add(this.key(target, suggested))
        return [target, suggested]
      }
    }
  }

  private all: number[] | undefined
  private allSuggestible(): number[] {
    return (this.all ??= [...this.bySuggestedClass.private, ...this.bySuggestedClass.public, ...this.bySuggestedClass['no-row']])
  }
}

/**
 * Records what an outcome leaves in the graph: an accepted request is an active friendship
 * from the requester, an unanswered one is sometimes still a pending row.
 */
export function recordOutcome(graph: SocialGraph, random: Random, s: Suggestion): void {
  if (s.accepted) graph.add(s.target, s.suggested, 'friend', 'active', s.outcomeAt!)
  else if (s.requested && random.chance(0.55)) graph.add(s.target, s.suggested, 'friend', 'pending', s.outcomeAt!)
}

function drawReason(random: Random, mutualFriends: number): Suggestion['reason'] {
  if (mutualFriends > 0 && random.chance(0.85)) return 'mutual_friends'
  return random.chance(0.55) ? 'contacts' : 'location'
}

export function drawScore(random: Random, mutualFriends: number): number {
  return Math.round(Math.min(0.9999, 0.12 + 0.045 * Math.min(mutualFriends, 12) + 0.3 * random.next()) * 10_000) / 10_000
}

/** Draws `config.suggestionCount` suggestions, 60 % of them in June. */
export function drawSuggestions(
  graph: SocialGraph,
  users: PlannedUser[],
  picker: PairPicker,
  config: PymkConfig,
  random: Random,
): Suggestion[] {
  const mayStart = toDayNumber(SUGGESTIONS_START)
  const juneStart = toDayNumber(JUNE_START)
  const suggestions: Suggestion[] = []
  for (let i = 0; i < config.suggestionCount; i++) {
    const day = random.chance(0.6) ? juneStart + random.int(0, 29) : mayStart + random.int(0, 30)
    const at = day * DAY_SECONDS + random.int(0, DAY_SECONDS - 1)
    const [target, suggested] = picker.pick(random)
    const priv = isPrivate(users[suggested - 1])
    const mutualFriends = drawMutualFriends(random, priv)
    const s: Suggestion = {
      target,
      suggested,
      at,
      reason: drawReason(random, mutualFriends),
      mutualFriends,
      algorithmScore: drawScore(random, mutualFriends),
      viewed: random.chance(VIEW_CHANCE),
      requested: false,
      accepted: false,
      outcomeAt: null,
    }
    if (s.viewed && random.chance(requestChance(priv, mutualFriends, config.privateZeroRequested))) {
      const requestAt = at + 60 + Math.floor(exponential(random, 4 * 3600))
      if (requestAt <= END) {
        s.requested = true
        s.outcomeAt = requestAt
        const acceptAt = requestAt + 120 + Math.floor(exponential(random, 18 * 3600))
        // An acceptance that would come after today has simply not happened yet.
        if (acceptAt <= END && random.chance(acceptChance(priv, mutualFriends))) {
          s.accepted = true
          s.outcomeAt = acceptAt
        }
      }
    }
    recordOutcome(graph, random, s)
    suggestions.push(s)
  }
  return suggestions
}

export const isJune = (s: Suggestion): boolean => s.at >= startOf(JUNE_START)
