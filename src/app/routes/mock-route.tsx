/**
 * The mock interview's routes, loaded lazily. The shell hands the mock feature what it borrows
 * from the others (features never import each other): the exercise pages, with their editors and
 * graders, and the follow-up cards.
 */
import { FollowUpCards } from '../../features/catalog/follow-up-cards'
import { ExercisePage } from '../../features/exercise/exercise-page'
import { preloadMonaco } from '../../features/exercise/shared/editor/answer-editor'
import MockPage from '../../features/mock/mock-page'
import type { MockSlots } from '../../features/mock/slots'
import { isMockScope } from '../../store'
import { NotFoundPage } from '../not-found-page'
import { readSecondsPerPart } from '../test-hooks'

export { default as MockHomePage } from '../../features/mock/mock-home-page'
export { default as MockReportPage } from '../../features/mock/mock-report-page'

preloadMonaco()

const slots: MockSlots = {
  renderExercise: (scenario, exercise) => <ExercisePage key={exercise.id} scenario={scenario} exercise={exercise} />,
  renderFollowUps: (scenario, followUps) => <FollowUpCards scenarioId={scenario.id} followUps={followUps} />,
}

export default function MockRoute({ scope }: { scope: string }) {
  if (!isMockScope(scope)) return <NotFoundPage />
  return <MockPage scope={scope} secondsPerPart={readSecondsPerPart(window.location.search)} slots={slots} />
}
