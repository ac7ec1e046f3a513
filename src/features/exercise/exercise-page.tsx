import type { Exercise, Scenario } from '../../scenarios/types'
import { ModelExercisePage } from './model/model-exercise-page'
import { ProductExercisePage } from './product/product-exercise-page'
import { PythonExercisePage } from './python/python-exercise-page'
import { SqlExercisePage } from './sql/sql-exercise-page'

/**
 * One exercise, on its kind's page: SQL answers against the scenario's datasets, Python answers
 * in Pyodide, data models in a SQL sandbox on an empty database, product-sense answers graded
 * by their rubric in the page.
 */
export function ExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: Exercise }) {
  if (exercise.kind === 'python') return <PythonExercisePage scenario={scenario} exercise={exercise} />
  if (exercise.kind === 'product') return <ProductExercisePage scenario={scenario} exercise={exercise} />
  if (exercise.kind === 'model') return <ModelExercisePage scenario={scenario} exercise={exercise} />
  return <SqlExercisePage scenario={scenario} exercise={exercise} />
}
