import { useCallback, useEffect } from 'react'
import { emptySession, runtimeKey, useAppStore, type ExerciseSession, type RuntimeStatus } from '../../../store'
import type { Exercise } from '../../../scenarios/types'

/** One exercise's session and draft from the store (`startingText` until the learner types), and the editor's change handler. */
export function useAnswerDraft(exerciseId: string, startingText: string): { session: ExerciseSession; draft: string; setAnswer: (text: string) => void } {
  const session = useAppStore((state) => state.sessions[exerciseId]) ?? emptySession
  const draft = useAppStore((state) => state.drafts[exerciseId]) ?? startingText
  const setDraft = useAppStore((state) => state.setDraft)
  const setAnswer = useCallback((text: string) => setDraft(exerciseId, text), [exerciseId, setDraft])
  return { session, draft, setAnswer }
}

const loading: RuntimeStatus = { status: 'loading' }

/**
 * Opens the exercise in the store while the page is mounted (its runtime starts, or is reused)
 * and follows that runtime's status; Run, Plan and Submit are the store's actions for this
 * exercise, doing nothing until the runtime is ready.
 */
export function useExerciseRuntime(exercise: Exercise): { status: RuntimeStatus; run: () => void; plan: () => void; submit: () => void } {
  const id = exercise.id
  const key = runtimeKey(exercise)
  useEffect(() => useAppStore.getState().openExercise(id), [id])
  const status = useAppStore((state) => (key ? state.runtimes[key] : undefined)) ?? loading
  const ready = status.status === 'ready'
  const run = useCallback(() => void (ready && useAppStore.getState().run(id)), [ready, id])
  const plan = useCallback(() => void (ready && useAppStore.getState().plan(id)), [ready, id])
  const submit = useCallback(() => void (ready && useAppStore.getState().submit(id)), [ready, id])
  return { status, run, plan, submit }
}
