/**
 * Each scenario's Node-only part (generator and TypeScript re-computations), by scenario id.
 * Only the Node tools and tests import this: the app never does, so none of it reaches the
 * browser bundle. A mentor adding a scenario lists its `scenario-data.ts` here too;
 * `scenarios:check` reports a scenario without an entry.
 */
import type { Scenario, ScenarioData } from './types'
import { feedEngagementData } from './feed-engagement/scenario-data'
import { reelsSessionsData } from './reels-sessions/scenario-data'
import { adsAttributionData } from './ads-attribution/scenario-data'
import { pymkData } from './pymk/scenario-data'

export const scenarioDataById: Readonly<Record<string, ScenarioData>> = {
  'feed-engagement': feedEngagementData,
  'reels-sessions': reelsSessionsData,
  'ads-attribution': adsAttributionData,
  pymk: pymkData,
}

/** The scenario's generator and re-computations; throws, naming the file to add, when it has none. */
export function scenarioData(scenario: Pick<Scenario, 'id'>): ScenarioData {
  const data = scenarioDataById[scenario.id]
  if (!data) throw new Error(`Scenario ${scenario.id} has no Node-only data: add src/scenarios/${scenario.id}/scenario-data.ts and list it in src/scenarios/data-registry.ts.`)
  return data
}
