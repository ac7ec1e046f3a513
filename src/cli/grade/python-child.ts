/**
 * The sealed child's grading (see ../sealed-python.ts): each answer in a fresh Python sandbox.
 * Only the child loads this module, so a `grade` of SQL or Markdown never loads Pyodide.
 */
import { createPythonGrader } from '../../grading/python-grader'
import { createNodePythonSandbox } from '../../python-sandbox/node/node-python-client'
import { findExercise } from '../../scenarios/index'
import type { SealedPythonGrading } from '../sealed-python'

export async function openPythonGrading(tools: URL, exerciseId: string): Promise<SealedPythonGrading> {
  const found = findExercise(exerciseId)
  if (found?.exercise.kind !== 'python') throw new Error(`${exerciseId} is not a Python exercise`)
  const exercise = found.exercise
  await exercise.loadGrading() // the cases and reference, once for every answer
  return {
    open() {
      // No learner is waiting on a page: on a loaded machine Pyodide may take minutes to start.
      const sandbox = createNodePythonSandbox(new URL('python-thread.mjs', tools), { startTimeoutMs: 170_000 })
      const grader = createPythonGrader(sandbox)
      return { start: () => sandbox.start(), grade: (answer) => grader.grade(exercise, answer), dispose: () => sandbox.dispose() }
    },
  }
}
