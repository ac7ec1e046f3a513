/** Resolves a variant (seed, key, scale) into the generator's knobs. */
import type { DatasetVariant } from '../../../datasets/types'
import { createRandom } from '../../../core/random'
import type { PlantedBlock, PymkConfig } from './model'

/**
 * The three blocks with user 42, per variant. In each, one block goes 42 -> X and another
 * X -> 42, at least one has relationship_type 'follow', and the users excluded by "blocked
 * by 42 only", "blocked 42 only" and "blocked friend rows only" are three different sets,
 * so each of those mistakes gives its own result. Counts: 5, 7 and 4 mutual friends, all
 * enough for the top 10 of sql-mutual-friends if the block were ignored.
 */
const BLOCK_PATTERNS: Record<string, PlantedBlock[]> = {
  visible: [
    { direction: 'by-42', type: 'friend', mutualFriends: 5 },
    { direction: 'of-42', type: 'follow', mutualFriends: 7 },
    { direction: 'of-42', type: 'friend', mutualFriends: 4 },
  ],
  'hidden-1': [
    { direction: 'by-42', type: 'follow', mutualFriends: 5 },
    { direction: 'of-42', type: 'friend', mutualFriends: 7 },
    { direction: 'by-42', type: 'friend', mutualFriends: 4 },
  ],
  'hidden-2': [
    { direction: 'by-42', type: 'friend', mutualFriends: 5 },
    { direction: 'of-42', type: 'follow', mutualFriends: 7 },
    { direction: 'by-42', type: 'follow', mutualFriends: 4 },
  ],
}

export function resolvePymkConfig(variant: DatasetVariant): PymkConfig {
  const random = createRandom(variant.seed, 'pymk-config')
  const scale = variant.scale ?? 1
  const patterns = Object.values(BLOCK_PATTERNS)
  return {
    seed: variant.seed,
    scale,
    userCount: Math.round(2000 * scale),
    graphRows: Math.round(6000 * scale),
    suggestionCount: Math.round(5000 * scale),
    backgroundInteractions: Math.round(2500 * scale),
    blocks: BLOCK_PATTERNS[variant.key] ?? random.pick(patterns),
    privateZeroRequested: variant.key === 'hidden-1' ? false : variant.key === 'visible' || variant.key === 'hidden-2' ? true : random.chance(0.5),
  }
}
