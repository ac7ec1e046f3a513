/**
 * The feed-engagement generator: three consistent tables per seed, the visible dataset's
 * story (DAU/MAU 0.65 in early May -> 0.58 in late June) and the planted edge cases of the
 * four SQL exercises. See data/STORY-DATA.md for the planted cause and the edge-case list.
 *
 * THE PLANTED CAUSE: Android release on 2024-05-22 (ANDROID_RELEASE). Users who install it
 * (most within a few days) open the app about a third less often, and their sessions are
 * shorter, bounce three times as often and crash more (no session_end_ts). iOS and web hold
 * steady, so Android's average DAU falls from May to June while MAU barely moves.
 */
import type { Dataset, DatasetGenerator, DatasetVariant } from '../../datasets/types'
import { createRandom } from '../../core/random'
import { resolveFeedConfig } from './data/config'
import { planUsers } from './data/users'
import { simulateUserDays } from './data/activity'
import { plantSessionEdgeCases } from './data/session-plants'
import { buildActivityRows, buildCohortRows, buildSessionRows } from './data/rows'

export { AS_OF as FEED_AS_OF, ANDROID_RELEASE } from './data/calendar'

/** Generates the three feed-engagement tables for one variant (same variant, same rows). */
export const generateFeedDataset: DatasetGenerator = (variant: DatasetVariant): Dataset => {
  const config = resolveFeedConfig(variant)
  const random = createRandom(variant.seed, 'feed')
  const users = planUsers(config, random.fork('users'))
  const days = simulateUserDays(users, config, random.fork('days'))
  plantSessionEdgeCases(days, random.fork('session-plants'))
  return {
    tables: {
      fact_user_sessions: buildSessionRows(days),
      fact_user_daily_activity: buildActivityRows(days),
      dim_user_cohorts: buildCohortRows(users, days),
    },
  }
}
