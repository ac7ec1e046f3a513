/**
 * What only the Node tools and tests need of reels-sessions: the seeded generator, and each SQL
 * exercise's expected result computed a second way. Not imported by the app (see ScenarioData).
 */
import { defineScenarioData } from '../types'
import { generateReelsDataset } from './dataset'
import { computeCreatorWowGrowth } from './expected/creator-wow-growth'
import { computeSessionCompletion } from './expected/session-completion'
import { computeShareCascade } from './expected/share-cascade'
import { computeVideoEngagementScore } from './expected/video-engagement-score'

export const reelsSessionsData = defineScenarioData({
  generate: generateReelsDataset,
  expected: {
    'sql-session-completion': computeSessionCompletion,
    'sql-video-engagement-score': computeVideoEngagementScore,
    'sql-creator-wow-growth': computeCreatorWowGrowth,
    'sql-share-cascade': computeShareCascade,
  },
})

export default reelsSessionsData
