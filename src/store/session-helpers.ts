import type { Grade } from '../engine/types'
import { KNOWN_MISTAKE_PREFIX } from '../engine/feedback-words'
import type { AppState, ExerciseSession } from './types'

type Set = (partial: (state: AppState) => Partial<AppState>) => void
type Get = () => AppState

/**
 * Tiered feedback: the first rejection by a diagnosed mistake shows its concept, not its fix; the
 * same mistake submitted again shows the fix as well. A Submit without a fix hides it again.
 */
function countMistake(session: ExerciseSession | undefined, grade: Grade): Pick<ExerciseSession, 'mistakeCounts' | 'fixShown'> {
  const counts = session?.mistakeCounts ?? {}
  const diagnosis = grade.verdict === 'rejected' ? grade.diagnosis : undefined
  if (!diagnosis) return { mistakeCounts: counts, fixShown: false }
  const times = (counts[diagnosis.id] ?? 0) + 1
  return { mistakeCounts: { ...counts, [diagnosis.id]: times }, fixShown: diagnosis.fix !== undefined && times >= 2 }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Merges `change` into one exercise's session (creating it from `emptySession` when new). */
export function createSessionPatcher(set: Set, emptySession: ExerciseSession): (exerciseId: string, change: Partial<ExerciseSession>) => void {
  return (exerciseId, change) =>
    set((state) => ({ sessions: { ...state.sessions, [exerciseId]: { ...(state.sessions[exerciseId] ?? emptySession), ...change } } }))
}

/**
 * What every Submit does around its grader: "Grading…", then the verdict (with `extra` session
 * fields, such as the data model's diagrams), Solved on acceptance, or the error in plain words.
 * The attempt is counted by the caller, before any early return.
 */
export async function gradeIntoSession<G extends Grade>(
  get: Get,
  patch: (exerciseId: string, change: Partial<ExerciseSession>) => void,
  exerciseId: string,
  grade: () => Promise<G>,
  extra: (grade: G) => Partial<ExerciseSession> = () => ({}),
): Promise<void> {
  patch(exerciseId, { grade: { status: 'grading' } })
  try {
    const result = await grade()
    patch(exerciseId, { grade: { status: 'done', grade: result }, submitted: true, ...countMistake(get().sessions[exerciseId], result), ...extra(result) })
    if (result.verdict === 'accepted') get().markSolved(exerciseId)
    const mistake = result.verdict === 'rejected' ? result.feedback.find((line) => line.startsWith(KNOWN_MISTAKE_PREFIX)) : undefined
    if (mistake) {
      get().addReview({ id: `mistake:${exerciseId}`, kind: 'mistake', target: { exerciseId }, label: mistake.slice(KNOWN_MISTAKE_PREFIX.length).split(' Hint: ')[0] })
    }
  } catch (error) {
    patch(exerciseId, { grade: { status: 'error', message: messageOf(error) }, submitted: true })
  }
}
