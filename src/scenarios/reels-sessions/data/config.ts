/** Resolves a variant (seed, scale) into the generator's knobs. */
import type { DatasetVariant } from '../../../datasets/types'
import type { ReelsConfig } from './model'

export function resolveReelsConfig(variant: DatasetVariant): ReelsConfig {
  const scale = variant.scale ?? 1
  return {
    seed: variant.seed,
    scale,
    visible: variant.key === 'visible',
    users: Math.round(400 * scale),
    // Kept small on purpose: with ~55 % of creators at >= 1000 followers, fewer than 100 of
    // them can ever have events in both of the last two weeks (the growth query's LIMIT 100).
    ordinaryCreators: Math.round(100 * scale),
    sessionsPerDay: 16 * scale,
    smallCascades: Math.round(80 * scale),
  }
}
