import { useEffect, useState } from 'react'
import type { Rubric } from '../../../engine/rubric/types'
import type { ProductExercise } from '../../../scenarios/types'

export type RubricState = { status: 'loading' } | { status: 'ready'; rubric: Rubric } | { status: 'error'; message: string }

/** The exercise's rubric, loaded from its scenario folder when the page opens. */
export function useRubric(exercise: ProductExercise): RubricState {
  const [state, setState] = useState<RubricState>({ status: 'loading' })
  useEffect(() => {
    let active = true
    setState({ status: 'loading' })
    exercise.loadRubric().then(
      (rubric) => active && setState({ status: 'ready', rubric }),
      (error: unknown) => active && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      active = false
    }
  }, [exercise])
  return state
}
