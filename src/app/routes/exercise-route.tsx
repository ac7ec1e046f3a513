/**
 * The exercise route, loaded lazily: the sandbox client, grader, Markdown and the exercise
 * feature live in this chunk, and Monaco in its own, so the home page stays light.
 */
import { findExercise } from '../../scenarios'
import { ExercisePage } from '../../features/exercise/exercise-page'
import { preloadMonaco } from '../../features/exercise/editor/answer-editor'
import { NotFoundPage } from '../not-found-page'
import { SandboxProvider } from '../../shared/sandbox/sandbox-provider'

preloadMonaco()

export default function ExerciseRoute({ exerciseId }: { exerciseId: string }) {
  const found = findExercise(exerciseId)
  if (!found) return <NotFoundPage />
  const { scenario, exercise } = found
  // Python pages run in Pyodide, product-sense pages grade Markdown and data-model pages run
  // DDL on an empty database: none queries the scenario's tables, and loading the SQL
  // datasets would only cost time and bandwidth.
  if (exercise.kind !== 'sql') return <ExercisePage key={exercise.id} scenario={scenario} exercise={exercise} />
  // Keyed by scenario: moving between exercises of one scenario keeps its loaded sandbox.
  return (
    <SandboxProvider key={scenario.id} scenario={scenario}>
      <ExercisePage key={exercise.id} scenario={scenario} exercise={exercise} />
    </SandboxProvider>
  )
}
