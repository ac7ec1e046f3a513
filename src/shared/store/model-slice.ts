import type { StateCreator } from 'zustand'
import type { ModelRuntime } from '../sandbox/model-runtime'
import { emptySession, isBusy } from './session-slice'
import { createSessionPatcher, gradeIntoSession, messageOf } from './session-helpers'
import type { AppState, ModelSlice } from './types'

/** Run draws the answer's schema; Submit grades it against the exercise's spec. */
export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => {
  const patch = createSessionPatcher(set, emptySession)

  return {
    runModel: async (exercise, runtime: ModelRuntime) => {
      const id = exercise.id
      if (isBusy(get().sessions[id])) return
      patch(id, { modelRun: { status: 'running' } })
      try {
        const outcome = await runtime.grader.describe(get().drafts[id] ?? '')
        patch(id, { modelRun: outcome.ok ? { status: 'done', diagram: outcome.diagram, notes: outcome.ddl.notes } : { status: 'failed', failure: outcome.failure } })
      } catch (error) {
        patch(id, { modelRun: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    submitModel: async (exercise, runtime: ModelRuntime) => {
      const id = exercise.id
      if (isBusy(get().sessions[id])) return
      get().recordAttempt(id)
      const answer = get().drafts[id] ?? ''
      await gradeIntoSession(
        get,
        patch,
        id,
        () => runtime.grader.grade({ spec: runtime.spec, reference: runtime.reference, questions: runtime.questions, answer, knownWrong: runtime.knownWrong }),
        (grade) => ({ model: grade }),
      )
    },
  }
}
