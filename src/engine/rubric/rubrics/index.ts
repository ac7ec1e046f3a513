import type { Rubric } from '../types'
import { adsAttributionRubric } from './ads-attribution'
import { feedEngagementRubric } from './feed-engagement'
import { pymkRubric } from './pymk'
import { reelsSessionsRubric } from './reels-sessions'

export { adsAttributionRubric, feedEngagementRubric, pymkRubric, reelsSessionsRubric }

/** The product-sense rubrics by exercise id (`<scenario>/product-sense`). */
export const productSenseRubrics: Readonly<Record<string, Rubric>> = Object.fromEntries(
  [feedEngagementRubric, reelsSessionsRubric, adsAttributionRubric, pymkRubric].map((r) => [r.id, r]),
)
