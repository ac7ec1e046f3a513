import type { StoreApi } from 'zustand/vanilla'
import type { Exercise, Scenario } from '../scenarios/types'
import type { RuntimeRegistry } from './runtimes'
import type { AppState, ExerciseSession } from './types'

/** What an exercise kind's actions work with: the store, one session patcher, the runtimes. */
export interface ActionContext {
  get: () => AppState
  set: StoreApi<AppState>['setState']
  patch: (exerciseId: string, change: Partial<ExerciseSession>) => void
  runtimes: RuntimeRegistry
}

/**
 * Run, Plan and Submit of one exercise kind. Each receives the exercise, its scenario and the
 * answer text: the caller's, else the draft; undefined when there is neither, so each kind picks
 * its own starting text (blank SQL, the Python starter code, the product-sense outline).
 */
export interface KindActions<E extends Exercise> {
  run?: (exercise: E, scenario: Scenario, answer: string | undefined) => Promise<void>
  plan?: (exercise: E, scenario: Scenario, answer: string | undefined) => Promise<void>
  submit: (exercise: E, scenario: Scenario, answer: string | undefined) => Promise<void>
}
