/**
 * Every Python exercise's grading data (signature, cases, reference) with its starter code,
 * loaded from the scenario folders once, by exercise id: what engine and scenario tests grade with.
 */
import type { PythonGrading } from '../../src/engine/python/exercises'
import { allExercises } from '../../src/scenarios'

export type LoadedPythonExercise = PythonGrading & { starterCode: string }

export const PYTHON_GRADINGS: Record<string, LoadedPythonExercise> = Object.fromEntries(
  await Promise.all(
    allExercises().flatMap((e) => (e.kind === 'python' ? [e.loadGrading().then((g) => [e.id, { ...g, starterCode: e.starterCode }] as const)] : [])),
  ),
)

/** The grading data of a Python exercise; throws on an unknown id. */
export function getPythonGrading(id: string): LoadedPythonExercise {
  const grading = PYTHON_GRADINGS[id]
  if (!grading) throw new Error(`Unknown Python exercise "${id}"`)
  return grading
}
