/**
 * What only the Node tools and tests need of pymk: the seeded generator, and each SQL
 * exercise's expected result computed a second way. Not imported by the app (see ScenarioData).
 */
import { defineScenarioData } from '../types'
import { generatePymkDataset } from './dataset'
import { computeMutualFriends } from './expected/mutual-friends'
import { computePrivateEffectiveness } from './expected/private-effectiveness'

export const pymkData = defineScenarioData({
  generate: generatePymkDataset,
  expected: {
    'sql-private-effectiveness': computePrivateEffectiveness,
    'sql-mutual-friends': computeMutualFriends,
  },
})

export default pymkData
