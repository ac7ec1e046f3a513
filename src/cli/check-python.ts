import { createPythonGrader } from '../grading/python-grader'
import { createNodePythonSandbox } from '../python-sandbox/node/node-python-client'
import type { PythonExercise, Scenario } from '../scenarios/types'
import { scenarioFile } from './scenario-rules'

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
      const slug = exercise.id.split('/')[1]
      const wrongFile = (name: string) => scenarioFile(scenario.id, `${slug}.wrong/${name}.py`)
      const cases = scenarioFile(scenario.id, `${slug}.cases.ts`)
      const wrongAnswers = await exercise.loadWrongAnswers()
      if (wrongAnswers.length < 3) problems.push(`${scenarioFile(scenario.id, `${slug}.wrong/`)}: ${exercise.id} needs at least three known-wrong answers (it has ${wrongAnswers.length}): add .py files, each starting with "# mistake:" and "# hint:" lines.`)
      for (const wrong of wrongAnswers) {
        if (!wrong.mistake || !wrong.hint) problems.push(`${wrongFile(wrong.name)} needs "# mistake: <what is wrong>" and "# hint: <how to fix it>" lines at its top.`)
        const grade = await grader.grade(exercise, wrong.code)
        const ran = grade.checks.length > 0 && grade.checks.some((c) => c.status !== 'error')
        console.log(`    ${wrong.name.padEnd(40)} ${grade.verdict === 'accepted' ? 'ACCEPTED' : ran ? 'rejected' : 'does not run'}`)
        if (grade.verdict === 'accepted') problems.push(`${wrongFile(wrong.name)} is accepted on every case, so it is no known mistake of ${exercise.id}: add a case to ${cases} that tells it apart, or delete the file.`)
        else if (!ran) problems.push(`${wrongFile(wrong.name)} does not run (${grade.feedback[0] ?? 'error'}): a known mistake of ${exercise.id} should be code that runs and gives a wrong result; fix it.`)
      }
    }
  } finally {
    sandbox.dispose()
  }
  return problems
}
