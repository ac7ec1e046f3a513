import type { StateCreator } from 'zustand'
import type { Grade } from '../../engine/types'
import { DISPLAY_ROW_LIMIT } from '../../sql-sandbox/protocol'
import { createSessionPatcher, gradeIntoSession, messageOf } from './session-helpers'
import type { AppState, ExerciseSession, SessionSlice } from './types'

export const emptySession: ExerciseSession = {
  run: { status: 'idle' },
  pythonRun: { status: 'idle' },
  plan: { status: 'idle' },
  output: 'result',
  grade: { status: 'idle' },
  hintsShown: 0,
  submitted: false,
  referenceShown: false,
}

export const isBusy = (session: ExerciseSession | undefined): boolean =>
  session?.run.status === 'running' ||
  session?.pythonRun.status === 'running' ||
  session?.modelRun?.status === 'running' ||
  session?.plan.status === 'planning' || session?.grade.status === 'grading'

const emptyAnswerGrade: Grade = {
  verdict: 'rejected',
  score: 0,
  checks: [],
  feedback: ['The answer is empty: write a query, then Submit.'],
}

const emptyPythonGrade: Grade = {
  verdict: 'rejected',
  score: 0,
  checks: [],
  feedback: ['The answer is empty: write your code, then Submit.'],
}

/**
 * Per-exercise run, plan and grade state. The async actions are the only place that talks to the
 * sandbox and grader (sandbox -> grader -> setState), so components only read and dispatch.
 */
export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  const patch = createSessionPatcher(set, emptySession)

  return {
    sessions: {},

    runAnswer: async (exercise, runtime) => {
      const id = exercise.id
      if (exercise.kind !== 'sql' || isBusy(get().sessions[id])) return
      const sql = get().drafts[id] ?? ''
      if (sql.trim() === '') {
        patch(id, {
          run: { status: 'failed', failure: { kind: 'error', message: 'The answer is empty: write a query, then Run.' } },
          output: 'result',
        })
        return
      }
      patch(id, { run: { status: 'running' }, output: 'result' })
      try {
        const outcome = await runtime.sandbox.run(runtime.visibleKey, sql, { maxRows: DISPLAY_ROW_LIMIT })
        patch(id, {
          run: outcome.ok ? { status: 'done', result: outcome.result } : { status: 'failed', failure: outcome.failure },
        })
      } catch (error) {
        patch(id, { run: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    planAnswer: async (exercise, runtime) => {
      const id = exercise.id
      if (exercise.kind !== 'sql' || isBusy(get().sessions[id])) return
      const sql = get().drafts[id] ?? ''
      if (sql.trim() === '') {
        patch(id, {
          plan: { status: 'failed', failure: { kind: 'error', message: 'The answer is empty: write a query, then press Plan.' } },
          output: 'plan',
        })
        return
      }
      patch(id, { plan: { status: 'planning' }, output: 'plan' })
      try {
        const outcome = await runtime.sandbox.plan(runtime.visibleKey, sql)
        patch(id, {
          plan: outcome.ok ? { status: 'done', nodes: outcome.nodes, sql } : { status: 'failed', failure: outcome.failure },
        })
      } catch (error) {
        patch(id, { plan: { status: 'failed', failure: { kind: 'error', message: messageOf(error) } } })
      }
    },

    showOutput: (exerciseId, view) => {
      if ((get().sessions[exerciseId] ?? emptySession).output !== view) patch(exerciseId, { output: view })
    },

    submitAnswer: async (exercise, runtime) => {
      const id = exercise.id
      if (exercise.kind !== 'sql' || isBusy(get().sessions[id])) return
      const sql = get().drafts[id] ?? ''
      get().recordAttempt(id)
      if (sql.trim() === '') {
        patch(id, { grade: { status: 'done', grade: emptyAnswerGrade }, submitted: true })
        return
      }
      await gradeIntoSession(get, patch, id, async () => {
        await runtime.prepare(exercise)
        return runtime.grader.grade(exercise, sql)
      })
    },

    runPythonAnswer: async (exercise, runtime) => {
      const id = exercise.id
      if (isBusy(get().sessions[id])) return
      const code = get().drafts[id] ?? exercise.starterCode
      if (code.trim() === '') {
        patch(id, { pythonRun: { status: 'failed', message: 'The answer is empty: write your code, then Run.' } })
        return
      }
      patch(id, { pythonRun: { status: 'running' } })
      try {
        const { cases, outcome } = await runtime.grader.runVisible(exercise, code)
        patch(id, { pythonRun: { status: 'done', cases, outcome } })
      } catch (error) {
        patch(id, { pythonRun: { status: 'failed', message: messageOf(error) } })
      }
    },

    submitPythonAnswer: async (exercise, runtime) => {
      const id = exercise.id
      if (isBusy(get().sessions[id])) return
      const code = get().drafts[id] ?? exercise.starterCode
      get().recordAttempt(id)
      if (code.trim() === '') {
        patch(id, { grade: { status: 'done', grade: emptyPythonGrade }, submitted: true })
        return
      }
      await gradeIntoSession(get, patch, id, () => runtime.grader.grade(exercise, code))
    },

    revealHint: (exerciseId, hintCount) => {
      const shown = get().sessions[exerciseId]?.hintsShown ?? 0
      if (shown < hintCount) patch(exerciseId, { hintsShown: shown + 1 })
    },

    revealReference: (exerciseId) => {
      if (get().sessions[exerciseId]?.submitted) patch(exerciseId, { referenceShown: true })
    },
  }
}
