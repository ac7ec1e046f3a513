import type { AnchorLevel } from './types'

const RANK: Record<AnchorLevel, number> = { weak: 0, medium: 1, strong: 2 }

/**
 * The anchor level a criterion's detected coverage (0..100) corresponds to: strong from 75,
 * medium from 40, weak below. The thresholds sit between what our own anchors score: strong
 * anchors cover (nearly) every point of their part, medium ones about half, weak ones little.
 */
export function levelForCoverage(coverage: number): AnchorLevel {
  if (coverage >= 75) return 'strong'
  if (coverage >= 40) return 'medium'
  return 'weak'
}

/** How a self-rating sits against the detected coverage. */
export type RatingCalibration = 'higher' | 'lower' | 'matches'

/** `higher` when the learner rates themself above the level their coverage shows, `lower` below. */
export function compareSelfRating(rating: AnchorLevel, coverage: number): RatingCalibration {
  const diff = RANK[rating] - RANK[levelForCoverage(coverage)]
  return diff > 0 ? 'higher' : diff < 0 ? 'lower' : 'matches'
}
