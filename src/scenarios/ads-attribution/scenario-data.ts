/**
 * What only the Node tools and tests need of ads-attribution: the seeded generator, and each SQL
 * exercise's expected result computed a second way. Not imported by the app (see ScenarioData).
 */
import { defineScenarioData } from '../types'
import { generateAdsDataset } from './dataset'
import { computeCampaignFunnel } from './expected/campaign-funnel'
import { computeCampaignRoas } from './expected/campaign-roas'
import { computeLastTouchFromEvents } from './expected/last-touch-from-events'

export const adsAttributionData = defineScenarioData({
  generate: generateAdsDataset,
  expected: {
    'sql-campaign-funnel': computeCampaignFunnel,
    'sql-campaign-roas': computeCampaignRoas,
    'sql-last-touch-from-events': computeLastTouchFromEvents,
  },
})

export default adsAttributionData
