/**
 * Each scenario's Node-only part (generator and TypeScript re-computations, the default export
 * of its `scenario-data.ts`), by folder name. Only the Node tools and tests import this: the app
 * never does, so none of it reaches the browser bundle. Found by the build like the scenarios
 * themselves; `scenarios:check` reports a scenario without one.
 */
import type { Scenario, ScenarioData } from './types'

const modules = import.meta.glob<ScenarioData>('./*/scenario-data.ts', { eager: true, import: 'default' })

export const scenarioDataById: Readonly<Record<string, ScenarioData>> = Object.fromEntries(
  Object.entries(modules).map(([path, data]) => [path.split('/')[1], data]),
)

/** The scenario's generator and re-computations; throws, naming the file to add, when it has none. */
export function scenarioData(scenario: Pick<Scenario, 'id'>): ScenarioData {
  const data = scenarioDataById[scenario.id]
  if (!data) throw new Error(`Scenario ${scenario.id} has no Node-only data: add src/scenarios/${scenario.id}/scenario-data.ts with \`export default defineScenarioData({ generate, expected })\`.`)
  return data
}
