import { useCallback, useRef } from 'react'
import { emptySession, useAppStore, type ExerciseSession } from '../../shared/store'

/** One exercise's session and draft from the store (`startingText` until the learner types), and the editor's change handler. */
export function useAnswerDraft(exerciseId: string, startingText: string): { session: ExerciseSession; draft: string; setAnswer: (text: string) => void } {
  const session = useAppStore((state) => state.sessions[exerciseId]) ?? emptySession
  const draft = useAppStore((state) => state.drafts[exerciseId]) ?? startingText
  const setDraft = useAppStore((state) => state.setDraft)
  const setAnswer = useCallback((text: string) => setDraft(exerciseId, text), [exerciseId, setDraft])
  return { session, draft, setAnswer }
}

/** A page action (Run, Plan, Submit) bound to the page's runtime: it does nothing until the runtime is ready. */
export function useRuntimeAction<R>(runtime: R | undefined, action: (runtime: R) => unknown): () => void {
  const latest = useRef(action)
  latest.current = action
  return useCallback(() => {
    if (runtime) void latest.current(runtime)
  }, [runtime])
}
