import { scenarioQuestions } from '../scenarios/model-exercise'
import type { ModelExercise } from '../scenarios/types'
import type { ActionContext, KindActions } from './action-context'
import { gradeIntoSession, messageOf } from './session-helpers'

/** Data models run in the data-model runtime: Run draws the answer's schema, Submit grades it against the spec. */
export function createModelActions({ get, patch, runtimes }: ActionContext): KindActions<ModelExercise> {
  return {
    async run(exercise, _scenario, given) {
      const answer = given ?? ''
      const id = exercise.id
      patch(id, { modelRun: { status: 'running' } })
      try {
        const outcome = await (await runtimes.model()).grader.describe(answer)
        patch(id, { modelRun: outcome.ok ? { status: 'done', diagram: outcome.diagram, notes: outcome.ddl.notes } : { status: 'failed', failure: outcome.failure } })
      } catch (error) {
        patch(id, { modelRun: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    async submit(exercise, scenario, given) {
      const answer = given ?? ''
      get().recordAttempt(exercise.id)
      await gradeIntoSession(
        get,
        patch,
        exercise.id,
        async () => {
          const [{ grader }, spec, knownWrong] = await Promise.all([runtimes.model(), exercise.loadSpec(), exercise.loadWrongAnswers()])
          return grader.grade({ spec, reference: exercise.reference, questions: scenarioQuestions(scenario), answer, knownWrong })
        },
        (grade) => ({ model: grade }),
      )
    },
  }
}
