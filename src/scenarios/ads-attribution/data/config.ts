/** Resolves a variant (seed, scale) into the generator's knobs. */
import type { DatasetVariant } from '../../../datasets/types'
import type { AdsConfig } from './model'

/** Simulated users of the visible dataset; hidden variants scale it. */
const VISIBLE_USERS = 1400

export function resolveAdsConfig(variant: DatasetVariant): AdsConfig {
  const scale = variant.scale ?? 1
  return {
    seed: variant.seed,
    scale,
    visible: variant.key === 'visible',
    users: Math.round(VISIBLE_USERS * scale),
  }
}
