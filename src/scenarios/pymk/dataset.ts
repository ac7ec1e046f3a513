/**
 * The pymk generator: five consistent tables per seed, the visible dataset's story and the
 * planted edge cases of both SQL exercises. See data/STORY-DATA.md for what is planted.
 *
 * THE PLANTED STORY: private accounts accept far fewer friend requests from PYMK
 * suggestions when the requester shares only one or two friends with them (17 % vs 52 % for
 * public accounts); from 6 mutual friends on they accept as often as public accounts, and
 * accepted private connections go on to interact more often.
 */
import type { Dataset, DatasetGenerator, DatasetVariant } from '../../datasets/types'
import { createRandom } from '../../core/random'
import { resolvePymkConfig } from './data/config'
import { plantEgoNetwork } from './data/ego-network'
import { growBackgroundGraph, SocialGraph } from './data/graph'
import { drawInteractions } from './data/interactions'
import { buildInteractionRows, buildPrivacyRows, buildRelationshipRows, buildSuggestionRows, buildUserRows } from './data/rows'
import { plantSuggestions } from './data/suggestion-plants'
import { drawSuggestions, PairPicker } from './data/suggestions'
import { planUsers } from './data/users'

export { AS_OF as PYMK_AS_OF } from './data/calendar'
export { EGO_USER } from './data/ego-network'

/** Generates the five pymk tables for one variant (same variant, same rows). */
export const generatePymkDataset: DatasetGenerator = (variant: DatasetVariant): Dataset => {
  const config = resolvePymkConfig(variant)
  const random = createRandom(variant.seed, 'pymk')
  const users = planUsers(config.userCount, random.fork('users'))
  const graph = new SocialGraph(users)
  const ego = plantEgoNetwork(graph, config.userCount, config, random.fork('ego'))
  const members = users.map((u) => u.userId).filter((id) => !ego.closed.has(id))
  growBackgroundGraph(graph, members, config.graphRows, random.fork('graph'))
  // Background interactions only between friendships that existed before any suggestion,
  // so a suggestion's pair never has unplanned interactions.
  const friendships = graph.rows.filter((r) => r.type === 'friend' && r.status === 'active')

  const picker = new PairPicker(graph, users, ego.closed)
  const planted = plantSuggestions(graph, picker, config, random.fork('suggestion-plants'))
  const drawn = drawSuggestions(graph, users, picker, config, random.fork('suggestions'))
  const interactions = [
    ...planted.interactions,
    ...drawInteractions(drawn, friendships, users, config.backgroundInteractions, random.fork('interactions')),
  ]
  const suggestions = [...planted.suggestions, ...drawn]
  const rowsRandom = random.fork('rows')
  return {
    tables: {
      fact_user_relationships: buildRelationshipRows(graph.rows, interactions, rowsRandom),
      fact_pymk_suggestions: buildSuggestionRows(suggestions),
      dim_user_privacy: buildPrivacyRows(users),
      fact_user_interactions: buildInteractionRows(interactions),
      dim_users: buildUserRows(users, graph.rows, suggestions, interactions, rowsRandom),
    },
  }
}
