/**
 * The exercise route, loaded lazily: the sandbox client, grader, Markdown and the exercise
 * feature live in this chunk, and Monaco in its own (evaluated after the page has painted, see
 * answer-editor.tsx), so the home page stays light.
 */
import { findExercise } from '../../scenarios'
import { ExercisePage } from '../../features/exercise/exercise-page'
import { NotFoundPage } from '../not-found-page'

export default function ExerciseRoute({ exerciseId }: { exerciseId: string }) {
  const found = findExercise(exerciseId)
  if (!found) return <NotFoundPage />
  const { scenario, exercise } = found
  // Each page opens its exercise in the store, which starts (or reuses) the runtime it needs:
  // moving between exercises of one scenario keeps its loaded datasets.
  return <ExercisePage key={exercise.id} scenario={scenario} exercise={exercise} />
}
