/**
 * The ads-attribution generator: three consistent tables per seed, the visible dataset's
 * story (last-touch and linear attribution disagree about upper-funnel campaigns) and the
 * planted edge cases of the three SQL exercises. See data/STORY-DATA.md for both.
 *
 * Steps: advertisers and campaigns -> simulated users' background ads and purchase journeys
 * -> planted edge-case users -> event ids in time order -> the attribution job's touchpoints
 * -> spend, set last so every seed lands on the planned ROAS and tier boundaries.
 */
import type { Dataset, DatasetGenerator, DatasetVariant } from '../../datasets/types'
import { createRandom } from '../../core/random'
import { attributeConversions } from './data/attribution'
import { listAdvertisers, planCampaigns } from './data/campaigns'
import { resolveAdsConfig } from './data/config'
import { EventLog } from './data/events'
import { simulateUsers } from './data/journeys'
import { plantEdgeCases, type PlantedUsers } from './data/plants'
import { assignEventIds, buildCampaignRows, buildEventRows, buildTouchpointRows } from './data/rows'
import { setSpend } from './data/spend'

export { AS_OF as ADS_AS_OF } from './data/calendar'

/** Generates one variant and also returns the planted users by label (for tests and mentors). */
export function generateAdsDatasetWithPlants(variant: DatasetVariant): { dataset: Dataset; planted: PlantedUsers } {
  const config = resolveAdsConfig(variant)
  const random = createRandom(variant.seed, 'ads')
  const advertisers = listAdvertisers()
  const campaigns = planCampaigns(advertisers, random.fork('campaigns'))
  const log = new EventLog()
  simulateUsers(config, advertisers, campaigns, log, random.fork('users'))
  let nextUserId = config.users
  const planted = plantEdgeCases({ log, campaigns, random: random.fork('plants'), nextUserId: () => ++nextUserId })
  const events = assignEventIds(log.drafts)
  const touchpoints = attributeConversions(events)
  setSpend(campaigns, touchpoints, random.fork('spend'))
  return {
    dataset: {
      tables: {
        dim_ad_campaigns: buildCampaignRows(campaigns),
        fact_ad_events: buildEventRows(events),
        fact_attribution_touchpoints: buildTouchpointRows(touchpoints),
      },
    },
    planted,
  }
}

/** Generates the three ads-attribution tables for one variant (same variant, same rows). */
export const generateAdsDataset: DatasetGenerator = (variant) => generateAdsDatasetWithPlants(variant).dataset
