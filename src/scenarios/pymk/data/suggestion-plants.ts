/**
 * Planted suggestions and their interactions: the edge cases of sql-private-effectiveness,
 * added to every variant by construction. Each planted suggestion's pair has no other
 * interactions (interactions.ts only writes interactions for unplanted suggestions and
 * for background friendships, which are never suggestion pairs).
 */
import type { Random } from '../../../core/random'
import { DAY_SECONDS, WINDOW_SECONDS, startOf } from './calendar'
import { drawScore, recordOutcome, type PairPicker } from './suggestions'
import type { SocialGraph } from './graph'
import type { Interaction, InteractionType, PymkConfig, Suggestion } from './model'

type SuggestedClass = 'private' | 'public' | 'no-row'

interface Plant {
  label: string
  cls: SuggestedClass
  mutualFriends: number
  /** suggestion_timestamp as 'YYYY-MM-DD' plus seconds into the day. */
  date: string
  second: number
  /** Seconds after the suggestion of the request / acceptance (undefined: did not happen). */
  requestAfter?: number
  acceptAfter?: number
  viewed?: boolean
  /** Interactions: who acts ('target' = the user who got the suggestion), type, seconds after the outcome (after the suggestion when there is none). */
  interactions?: [by: 'target' | 'suggested', type: InteractionType, afterOutcome: number][]
}

const H = 3600
const D = DAY_SECONDS

function plants(config: PymkConfig): Plant[] {
  const list: Plant[] = []
  // Every mutual_friends_count 0..7 for both account types: buckets and their edges always exist.
  for (const cls of ['private', 'public'] as const) {
    for (let m = 0; m <= 7; m++) {
      const zeroPrivate = cls === 'private' && m === 0
      list.push({
        label: `grid-${cls}-${m}`, cls, mutualFriends: m, date: `2024-06-${String(2 + m * 3).padStart(2, '0')}`, second: 11 * H,
        viewed: true,
        // Private with 0 mutual friends: requested in some variants, never accepted.
        requestAfter: zeroPrivate ? (config.privateZeroRequested ? 2 * H : undefined) : undefined,
      })
    }
  }
  list.push(
    // Suggested users without a dim_user_privacy row: public.
    { label: 'no-privacy-row-0', cls: 'no-row', mutualFriends: 0, date: '2024-06-05', second: 8 * H, viewed: true },
    {
      label: 'no-privacy-row-2', cls: 'no-row', mutualFriends: 2, date: '2024-06-07', second: 9 * H, requestAfter: H, acceptAfter: 5 * H,
      interactions: [['target', 'like', 2 * D]],
    },
    { label: 'no-privacy-row-6', cls: 'no-row', mutualFriends: 6, date: '2024-06-09', second: 10 * H, requestAfter: H },
    // Sustained by a single interaction exactly at the acceptance (the window includes its start).
    { label: 'at-outcome-public', cls: 'public', mutualFriends: 3, date: '2024-06-10', second: 14 * H, requestAfter: 2 * H, acceptAfter: 9 * H, interactions: [['target', 'like', 0]] },
    { label: 'at-outcome-private', cls: 'private', mutualFriends: 6, date: '2024-06-11', second: 15 * H, requestAfter: H, acceptAfter: 20 * H, interactions: [['suggested', 'message', 0]] },
    // Sustained only through the suggested user's comments (the other direction).
    { label: 'reverse-only', cls: 'private', mutualFriends: 2, date: '2024-06-12', second: 10 * H, requestAfter: H, acceptAfter: 3 * H, interactions: [['suggested', 'comment', 2 * D], ['suggested', 'like', 5 * D]] },
    // Only views after the acceptance: not engagement.
    { label: 'views-only', cls: 'public', mutualFriends: 1, date: '2024-06-13', second: 12 * H, requestAfter: H, acceptAfter: 4 * H, interactions: [['target', 'view', D], ['suggested', 'view', 3 * D]] },
    { label: 'views-only-by-target', cls: 'public', mutualFriends: 4, date: '2024-06-14', second: 16 * H, requestAfter: H, acceptAfter: 2 * H, interactions: [['target', 'view', 6 * H]] },
    // A like between request and acceptance only: before the window (the seed's AND/OR bug counts it).
    { label: 'before-acceptance', cls: 'private', mutualFriends: 4, date: '2024-06-15', second: 9 * H, requestAfter: H, acceptAfter: 3 * D, interactions: [['target', 'like', -D]] },
    { label: 'before-acceptance-public', cls: 'public', mutualFriends: 1, date: '2024-06-08', second: 9 * H, requestAfter: H, acceptAfter: 2 * D, interactions: [['target', 'comment', -H]] },
    // Many interactions for one connection: counted once.
    {
      label: 'many-interactions', cls: 'public', mutualFriends: 5, date: '2024-06-16', second: 13 * H, requestAfter: H, acceptAfter: 6 * H,
      interactions: [['target', 'like', H], ['suggested', 'like', 2 * H], ['target', 'comment', D], ['suggested', 'message', 2 * D], ['target', 'view', 3 * D]],
    },
    // Interactions without an accepted request.
    { label: 'requested-not-accepted-interacts', cls: 'public', mutualFriends: 2, date: '2024-06-17', second: 10 * H, requestAfter: H, interactions: [['target', 'like', 2 * H], ['suggested', 'message', D]] },
    { label: 'not-requested-interacts', cls: 'private', mutualFriends: 1, date: '2024-06-18', second: 10 * H, viewed: true, interactions: [['target', 'like', 2 * H]] },
    // Month edges of date_partition.
    { label: 'june-first-second', cls: 'public', mutualFriends: 1, date: '2024-06-01', second: 0 },
    { label: 'june-last-second', cls: 'private', mutualFriends: 3, date: '2024-06-30', second: D - 1 },
    { label: 'may-last-second', cls: 'public', mutualFriends: 2, date: '2024-05-31', second: D - 1 },
    // On 2024-05-31 (inside "the last 30 days", outside June): the 30-day window's far edge,
    // exactly +30 days (counts) and +30 days 1 second (does not).
    { label: 'plus-30-days', cls: 'private', mutualFriends: 3, date: '2024-05-31', second: 9 * H, requestAfter: 20 * 60, acceptAfter: 75 * 60, interactions: [['suggested', 'message', WINDOW_SECONDS]] },
    { label: 'plus-30-days-1s', cls: 'public', mutualFriends: 6, date: '2024-05-31', second: 9 * H + 40 * 60, requestAfter: 20 * 60, acceptAfter: 100 * 60, interactions: [['target', 'like', WINDOW_SECONDS + 1]] },
    // Accepted on 2024-06-01 with the only interaction 29.5 days later (2024-06-30 19:00):
    // inside the 30-day window, outside a 29-day one. One per direction of the interaction.
    { label: 'june-1-day-29-target', cls: 'public', mutualFriends: 2, date: '2024-06-01', second: 6 * H, requestAfter: 20 * 60, acceptAfter: H, interactions: [['target', 'comment', 29 * D + 12 * H]] },
    { label: 'june-1-day-29-suggested', cls: 'private', mutualFriends: 4, date: '2024-06-01', second: 6 * H + 30 * 60, requestAfter: 20 * 60, acceptAfter: H, interactions: [['suggested', 'like', 29 * D + 12 * H]] },
  )
  return list
}

/** Adds the planted suggestions (and their graph rows and interactions). */
export function plantSuggestions(
  graph: SocialGraph,
  picker: PairPicker,
  config: PymkConfig,
  random: Random,
): { suggestions: Suggestion[]; interactions: Interaction[] } {
  const suggestions: Suggestion[] = []
  const interactions: Interaction[] = []
  for (const plant of plants(config)) {
    const [target, suggested] = picker.pick(random, picker.bySuggestedClass[plant.cls])
    const at = startOf(plant.date) + plant.second
    const requested = plant.requestAfter !== undefined
    const accepted = plant.acceptAfter !== undefined
    const outcomeAt = accepted ? at + plant.acceptAfter! : requested ? at + plant.requestAfter! : null
    const s: Suggestion = {
      target, suggested, at,
      reason: plant.mutualFriends > 0 ? 'mutual_friends' : 'contacts',
      mutualFriends: plant.mutualFriends,
      algorithmScore: drawScore(random, plant.mutualFriends),
      viewed: requested || plant.viewed === true,
      requested, accepted, outcomeAt, label: plant.label,
    }
    recordOutcome(graph, random, s)
    suggestions.push(s)
    for (const [by, type, after] of plant.interactions ?? []) {
      const [from, to] = by === 'target' ? [target, suggested] : [suggested, target]
      interactions.push({ from, to, type, at: (outcomeAt ?? at) + after })
    }
  }
  return { suggestions, interactions }
}
