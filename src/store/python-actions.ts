import type { Grade } from '../engine/types'
import type { PythonExercise } from '../scenarios/types'
import type { ActionContext, KindActions } from './action-context'
import { gradeIntoSession, messageOf } from './session-helpers'

const emptyPythonGrade: Grade = { verdict: 'rejected', score: 0, checks: [], feedback: ['The answer is empty: write your code, then Submit.'] }

/** Python answers run in the shared Pyodide runtime: Run on the visible cases, Submit on all. */
export function createPythonActions({ get, patch, runtimes }: ActionContext): KindActions<PythonExercise> {
  return {
    async run(exercise, _scenario, given) {
      const code = given ?? exercise.starterCode
      const id = exercise.id
      if (code.trim() === '') {
        patch(id, { pythonRun: { status: 'failed', message: 'The answer is empty: write your code, then Run.' } })
        return
      }
      patch(id, { pythonRun: { status: 'running' } })
      try {
        const { cases, outcome } = await (await runtimes.python()).grader.runVisible(exercise, code)
        patch(id, { pythonRun: { status: 'done', cases, outcome } })
      } catch (error) {
        patch(id, { pythonRun: { status: 'failed', message: messageOf(error) } })
      }
    },

    async submit(exercise, _scenario, given) {
      const code = given ?? exercise.starterCode
      const id = exercise.id
      get().recordAttempt(id)
      if (code.trim() === '') {
        patch(id, { grade: { status: 'done', grade: emptyPythonGrade }, submitted: true })
        return
      }
      await gradeIntoSession(get, patch, id, async () => (await runtimes.python()).grader.grade(exercise, code))
    },
  }
}
