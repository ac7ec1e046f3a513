import type { ExerciseId, ScenarioId } from '../engine/ids'
import type { Exercise, Scenario } from './types'
import { feedEngagement } from './feed-engagement/scenario'
import { reelsSessions } from './reels-sessions/scenario'
import { adsAttribution } from './ads-attribution/scenario'
import { pymk } from './pymk/scenario'

/**
 * Every scenario, in catalog order: what the app shows. A mentor adds a scenario by adding its
 * folder, one line here and one in data-registry.ts (its generator and re-computations, which
 * the app never imports).
 */
export const scenarios: Scenario[] = [feedEngagement, reelsSessions, adsAttribution, pymk]

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === (id as ScenarioId))
}

export function findExercise(id: string): { scenario: Scenario; exercise: Exercise } | undefined {
  for (const scenario of scenarios) {
    const exercise = scenario.exercises.find((e) => e.id === (id as ExerciseId))
    if (exercise) return { scenario, exercise }
  }
  return undefined
}

export function allExercises(): Exercise[] {
  return scenarios.flatMap((s) => s.exercises)
}
