/**
 * The reels-sessions generator: six consistent tables per seed, the visible dataset's story
 * (average Reels session duration fell) and the planted edge cases of the four SQL
 * exercises. See data/STORY-DATA.md for the planted cause and the edge-case list.
 *
 * THE PLANTED CAUSE: Android release on 2024-05-28 (ANDROID_RELEASE). Users who install it
 * (most within a few days) wait 3-8 s for each next video instead of under 1 s, keep
 * swiping less often, and so watch fewer videos per session; iOS and web hold steady.
 */
import type { Dataset, DatasetGenerator, DatasetVariant } from '../../datasets/types'
import { createRandom } from '../../core/random'
import { resolveReelsConfig } from './data/config'
import { planCreators, planUsers } from './data/people'
import { planVideos } from './data/videos'
import { planRandomSessions } from './data/sessions'
import { createPlantKit } from './data/plant-kit'
import { plantRankingViews } from './data/plants-ranking'
import { plantCreatorViews } from './data/plants-creators'
import { plantCompletionSessions } from './data/plants-sessions'
import { buildEventTables } from './data/events'
import { buildShareChains } from './data/shares'
import { buildCreatorRows, buildUserRows, buildVideoRows } from './data/rows'

export { AS_OF as REELS_AS_OF, ANDROID_RELEASE } from './data/calendar'

/** Generates the six reels-sessions tables for one variant (same variant, same rows). */
export const generateReelsDataset: DatasetGenerator = (variant: DatasetVariant): Dataset => {
  const config = resolveReelsConfig(variant)
  const random = createRandom(variant.seed, 'reels')
  const users = planUsers(config, random.fork('users'))
  const creators = planCreators(config, random.fork('creators'))
  const videos = planVideos(config, creators, random.fork('videos'))
  const sessions = planRandomSessions(config, users, videos, random.fork('sessions'))
  const kit = createPlantKit(random.fork('plants'), users, videos, sessions)
  // Ranking plants first: they read the June scores of the untouched random sessions.
  plantRankingViews(kit, sessions, videos)
  plantCreatorViews(kit, creators, videos)
  const planted = plantCompletionSessions(kit)
  const { events, sessions: sessionRows } = buildEventTables([...sessions, ...planted], videos)
  return {
    tables: {
      fact_reels_events: events,
      fact_reels_sessions: sessionRows,
      dim_videos: buildVideoRows(videos),
      dim_creators: buildCreatorRows(creators, videos, events),
      dim_users: buildUserRows(users, sessionRows),
      fact_share_chains: buildShareChains(config, users, videos, random.fork('shares')),
    },
  }
}
