import { readScenarioAnswers } from './scenario-answers'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPythonGrader } from '../grading/python-grader'
import { createNodePythonSandbox } from '../python-sandbox/node/node-python-client'
import type { PythonExercise, Scenario } from '../scenarios/types'
import { round1, summary } from './bench-stats'

/**
 * A correct Python answer for an exercise, to time grading with: the scenario's own
 * `<slug>.py` when it has one, else the first tested alternative answer.
 */
function correctAnswer(exercise: PythonExercise): string | undefined {
  const [scenarioId, slug] = exercise.id.split('/')
  const own = join('src/scenarios', scenarioId, `${slug}.py`)
  if (existsSync(own)) return readFileSync(own, 'utf8')
  return readScenarioAnswers(scenarioId, slug, 'alt', '.py')[0]?.text
}

/**
 * Cold Pyodide start in a fresh Node worker thread, then Submit -> verdict for a correct
 * answer of every Python exercise with the interpreter warm (each graded `repeats` times).
 */
export async function measurePython(scenarios: Scenario[], threadUrl: URL, repeats = 5) {
  const exercises = scenarios.flatMap((s) => s.exercises).filter((e): e is PythonExercise => e.kind === 'python')
  if (exercises.length === 0) return { startMs: null, grade: null }
  const sandbox = createNodePythonSandbox(threadUrl)
  try {
    const t0 = performance.now()
    await sandbox.start()
    const startMs = round1(performance.now() - t0)
    const grader = createPythonGrader(sandbox)
    const times: number[] = []
    for (const exercise of exercises) {
      const answer = correctAnswer(exercise)
      if (!answer) continue
      await grader.grade(exercise, answer) // warm this exercise's code paths
      for (let i = 0; i < repeats; i++) {
        const t = performance.now()
        const grade = await grader.grade(exercise, answer)
        times.push(performance.now() - t)
        if (grade.verdict !== 'accepted') throw new Error(`bench: the correct answer of ${exercise.id} was not accepted`)
      }
    }
    return { startMs, grade: times.length > 0 ? summary(times) : null }
  } finally {
    sandbox.dispose()
  }
}
