/**
 * What only the Node tools and tests need of feed-engagement: the seeded generator, and each SQL
 * exercise's expected result computed a second way. Not imported by the app (see ScenarioData).
 */
import { defineScenarioData } from '../types'
import { generateFeedDataset } from './dataset'
import { computeCohortRetention } from './expected/cohort-retention'
import { computeDauByPlatform } from './expected/dau-by-platform'
import { computeDauMauRatio } from './expected/dau-mau-ratio'
import { computeEngagementFunnel } from './expected/engagement-funnel'

export const feedEngagementData = defineScenarioData({
  generate: generateFeedDataset,
  expected: {
    'sql-dau-mau-ratio': computeDauMauRatio,
    'sql-cohort-retention': computeCohortRetention,
    'sql-engagement-funnel': computeEngagementFunnel,
    'sql-dau-by-platform': computeDauByPlatform,
  },
})

export default feedEngagementData
