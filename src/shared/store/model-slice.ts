import type { StateCreator } from 'zustand'
import type { ModelRuntime } from '../sandbox/model-runtime'
import { emptySession, isBusy } from './session-slice'
import type { AppState, ExerciseSession, ModelSlice } from './types'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Run draws the answer's schema; Submit grades it against the exercise's spec. */
export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => {
  const patch = (id: string, change: Partial<ExerciseSession>) =>
    set((state) => ({ sessions: { ...state.sessions, [id]: { ...(state.sessions[id] ?? emptySession), ...change } } }))

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
      patch(id, { grade: { status: 'grading' } })
      try {
        const grade = await runtime.grader.grade({ spec: runtime.spec, reference: runtime.reference, questions: runtime.questions, answer: get().drafts[id] ?? '' })
        patch(id, { grade: { status: 'done', grade }, submitted: true, model: grade })
        if (grade.verdict === 'accepted') get().markSolved(id)
      } catch (error) {
        patch(id, { grade: { status: 'error', message: messageOf(error) }, submitted: true })
      }
    },
  }
}
