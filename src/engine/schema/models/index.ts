import type { ModelSpec } from '../types'
import { adsAttributionModel } from './ads-attribution'
import { feedEngagementModel } from './feed-engagement'
import { pymkModel } from './pymk'
import { reelsSessionsModel } from './reels-sessions'

/** Every data-model spec, keyed by exercise id (`<scenario>/data-model`). */
export const dataModelSpecs: Record<string, ModelSpec> = Object.fromEntries(
  [feedEngagementModel, reelsSessionsModel, adsAttributionModel, pymkModel].map((spec) => [spec.id, spec]),
)
