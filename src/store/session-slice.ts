import type { StateCreator } from 'zustand/vanilla'
import { findExercise } from '../scenarios/index'
import type { Exercise } from '../scenarios/types'
import type { ActionContext, KindActions } from './action-context'
import { createModelActions } from './model-actions'
import { createProductActions } from './product-actions'
import { createPythonActions } from './python-actions'
import { createSessionPatcher } from './session-helpers'
import { createCounterexampleSearch, createSqlActions } from './sql-actions'
import type { AppState, ExerciseSession, SessionSlice } from './types'
import type { RuntimeRegistry } from './runtimes'

export const emptySession: ExerciseSession = {
  run: { status: 'idle' },
  pythonRun: { status: 'idle' },
  plan: { status: 'idle' },
  output: 'result',
  grade: { status: 'idle' },
  hintsShown: 0,
  submitted: false,
  referenceShown: false,
  mistakeCounts: {},
  fixShown: false,
}

export const isBusy = (session: ExerciseSession | undefined): boolean =>
  session?.run.status === 'running' ||
  session?.pythonRun.status === 'running' ||
  session?.modelRun?.status === 'running' ||
  session?.plan.status === 'planning' ||
  session?.grade.status === 'grading'

/**
 * Per-exercise run, plan and grade state, and the actions that fill it. Each action takes an
 * exercise id (and optionally the answer), finds the exercise, and hands it to its kind's
 * actions: runtime -> grader -> engine -> setState. Components only read and dispatch.
 */
export function createSessionSlice(runtimes: RuntimeRegistry): StateCreator<AppState, [], [], SessionSlice> {
  return (set, get) => {
    const patch = createSessionPatcher(set, emptySession)
    const context: ActionContext = { get, set, patch, runtimes }
    const byKind: { [K in Exercise['kind']]: KindActions<Extract<Exercise, { kind: K }>> } = {
      sql: createSqlActions(context),
      python: createPythonActions(context),
      model: createModelActions(context),
      product: createProductActions(context),
    }

    /** Runs one of the exercise kind's actions, unless the exercise is unknown, lacks it, or is busy. */
    const counterexamples = createCounterexampleSearch(context)

    const dispatch = async (verb: 'run' | 'plan' | 'submit', exerciseId: string, answer: string | undefined) => {
      const found = findExercise(exerciseId)
      if (!found || isBusy(get().sessions[exerciseId])) return
      // A small-example search holds the SQL worker: the learner's next action goes first.
      counterexamples.stop(exerciseId)
      const actions = byKind[found.exercise.kind] as KindActions<Exercise>
      const before = get().sessions[exerciseId]?.grade
      await actions[verb]?.(found.exercise, found.scenario, answer ?? get().drafts[exerciseId])
      // A new verdict (not a Submit that could not start) goes into the activity log.
      if (verb === 'submit' && get().sessions[exerciseId]?.grade !== before) get().recordSubmit(exerciseId)
      if (verb === 'submit' && found.exercise.kind === 'sql') void counterexamples.find(found.exercise, found.scenario)
    }

    return {
      sessions: {},
      run: (exerciseId, answer) => dispatch('run', exerciseId, answer),
      plan: (exerciseId, answer) => dispatch('plan', exerciseId, answer),
      submit: (exerciseId, answer) => dispatch('submit', exerciseId, answer),

      findCounterexample: async (exerciseId) => {
        const found = findExercise(exerciseId)
        if (found?.exercise.kind === 'sql') await counterexamples.find(found.exercise, found.scenario)
      },

      stopCounterexample: (exerciseId) => {
        counterexamples.stop(exerciseId)
        if (get().sessions[exerciseId]?.counterexample?.status === 'searching') {
          patch(exerciseId, { counterexample: { status: 'none', reason: 'You stopped the search.' } })
        }
      },

      showOutput: (exerciseId, view) => {
        if ((get().sessions[exerciseId] ?? emptySession).output !== view) patch(exerciseId, { output: view })
      },

      revealHint: (exerciseId, hintCount) => {
        const shown = get().sessions[exerciseId]?.hintsShown ?? 0
        if (shown < hintCount) patch(exerciseId, { hintsShown: shown + 1 })
      },

      revealFix: (exerciseId) => {
        const session = get().sessions[exerciseId]
        if (session?.grade.status === 'done' && session.grade.grade.diagnosis?.fix) patch(exerciseId, { fixShown: true })
      },

      revealReference: (exerciseId) => {
        if (get().sessions[exerciseId]?.submitted) patch(exerciseId, { referenceShown: true })
      },
    }
  }
}
