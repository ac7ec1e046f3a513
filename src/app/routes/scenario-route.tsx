import { findScenario } from '../../scenarios'
import { ScenarioPage } from '../../features/catalog/scenario-page'
import { NotFoundPage } from '../not-found-page'

export default function ScenarioRoute({ scenarioId }: { scenarioId: string }) {
  const scenario = findScenario(scenarioId)
  return scenario ? <ScenarioPage scenario={scenario} /> : <NotFoundPage />
}
