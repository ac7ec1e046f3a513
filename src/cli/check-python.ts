import { createPythonGrader } from '../grading/python-grader'
import { createNodePythonSandbox } from '../python-sandbox/node/node-python-client'
import type { PythonExercise, Scenario } from '../scenarios/types'

/**
 * Every known-wrong Python answer must be rejected, and must not merely fail to run: a known
 * mistake is a plausible answer that gives a wrong result. Returns plain-sentence problems.
 */
export async function checkPythonExercises(scenario: Scenario, threadUrl: URL): Promise<string[]> {
  const exercises = scenario.exercises.filter((e): e is PythonExercise => e.kind === 'python')
  if (exercises.length === 0) return []
  const problems: string[] = []
  const sandbox = createNodePythonSandbox(threadUrl)
  try {
    const grader = createPythonGrader(sandbox)
    for (const exercise of exercises) {
      console.log(`\n  ${exercise.id}`)
      const wrongAnswers = await exercise.loadWrongAnswers()
      if (wrongAnswers.length < 3) problems.push(`${exercise.id} needs at least three known-wrong answers in its .wrong folder.`)
      for (const wrong of wrongAnswers) {
        if (!wrong.mistake || !wrong.hint) problems.push(`${exercise.id}: the known-wrong answer "${wrong.name}" needs "# mistake:" and "# hint:" lines.`)
        const grade = await grader.grade(exercise, wrong.code)
        const ran = grade.checks.length > 0 && grade.checks.some((c) => c.status !== 'error')
        console.log(`    ${wrong.name.padEnd(40)} ${grade.verdict === 'accepted' ? 'ACCEPTED' : ran ? 'rejected' : 'does not run'}`)
        if (grade.verdict === 'accepted') problems.push(`${exercise.id}: the known-wrong answer "${wrong.name}" is accepted. Add a case that tells it apart, or drop it.`)
        else if (!ran) problems.push(`${exercise.id}: the known-wrong answer "${wrong.name}" does not run (${grade.feedback[0] ?? 'error'}); a known mistake should run.`)
      }
    }
  } finally {
    sandbox.dispose()
  }
  return problems
}
