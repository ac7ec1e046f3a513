import type { ReactNode } from 'react'
import type { Exercise, FollowUp, Scenario } from '../../scenarios/types'

/**
 * What the mock loop borrows from other features, handed in by the app shell (features never
 * import each other): the exercise's own page (editor, Run, Submit, verdict: the same graders)
 * and the scenario's follow-up cards.
 */
export interface MockSlots {
  renderExercise: (scenario: Scenario, exercise: Exercise) => ReactNode
  renderFollowUps: (scenario: Scenario, followUps: FollowUp[]) => ReactNode
}
