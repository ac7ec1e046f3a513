/**
 * What a mock loop is made of, before it starts: which exercise each part uses and for how long.
 * Pure over the scenario list, so the setup screen and the tests share one set of rules.
 */
import { MIXED_LOOP_ID } from '../scenarios/reserved-ids'
import { findExercise, findScenario, scenarios } from '../scenarios/index'
import type { Exercise, FollowUp, Scenario } from '../scenarios/types'
import type { MockLoop, MockPartKind, MockPartPlan, SolvedEntry } from './types'

export { MIXED_LOOP_ID }

/** The parts of a loop, in the order they run. */
export const MOCK_PART_KINDS: readonly MockPartKind[] = ['product', 'model', 'sql', 'python']

/** Minutes per part in a real loop. */
export const DEFAULT_PART_MINUTES: Record<MockPartKind, number> = { product: 15, model: 15, sql: 25, python: 25 }

/** Limits of a part's time on the setup screen, in seconds. */
export const MIN_PART_SECONDS = 1
export const MAX_PART_SECONDS = 120 * 60

/** A scenario id, or the mixed loop. */
export const isMockScope = (scope: string): boolean => scope === MIXED_LOOP_ID || findScenario(scope) !== undefined

/** The exercises a part may use: its scenario's of that kind, or every scenario's for the mixed loop. */
export function mockChoices(scope: string, kind: MockPartKind): Exercise[] {
  const from = scope === MIXED_LOOP_ID ? scenarios : scenarios.filter((s) => s.id === scope)
  return from.flatMap((s) => s.exercises.filter((e) => e.kind === kind))
}

/** The first exercise not yet solved, else the first: a mock should not open on an answer already known. */
const pickExercise = (exercises: Exercise[], solved: Record<string, SolvedEntry>): Exercise | undefined =>
  exercises.find((e) => !solved[e.id]) ?? exercises[0]

interface PlanInput {
  solved: Record<string, SolvedEntry>
  /** Past loops: the mixed loop turns to other scenarios each time. */
  loops: Record<string, MockLoop>
  /** The test hook (`?seconds-per-part=N`): every part gets this many seconds. */
  secondsPerPart?: number
}

/**
 * The default loop for a scope: one part per kind the scope has, each on its first unsolved
 * exercise. The mixed loop takes each part from a different scenario (as long as there are enough),
 * starting one scenario further along after each mixed loop, so successive loops differ.
 */
export function planMockLoop(scope: string, { solved, loops, secondsPerPart }: PlanInput): MockPartPlan[] {
  const seconds = (kind: MockPartKind) => secondsPerPart ?? DEFAULT_PART_MINUTES[kind] * 60
  if (scope !== MIXED_LOOP_ID) {
    return MOCK_PART_KINDS.flatMap((kind) => {
      const exercise = pickExercise(mockChoices(scope, kind), solved)
      return exercise ? [{ kind, exerciseId: exercise.id, secondsGiven: seconds(kind) }] : []
    })
  }
  const turn = Object.values(loops).filter((loop) => loop.scope === MIXED_LOOP_ID).length
  const used = new Set<string>()
  return MOCK_PART_KINDS.flatMap((kind, index) => {
    const offering = scenarios.filter((s) => s.exercises.some((e) => e.kind === kind))
    if (offering.length === 0) return []
    const start = (turn + index) % offering.length
    const rotated = [...offering.slice(start), ...offering.slice(0, start)]
    const scenario = rotated.find((s) => !used.has(s.id)) ?? rotated[0]
    used.add(scenario.id)
    const exercise = pickExercise(
      scenario.exercises.filter((e) => e.kind === kind),
      solved,
    )
    return exercise ? [{ kind, exerciseId: exercise.id, secondsGiven: seconds(kind) }] : []
  })
}

/** Why a plan cannot start, in plain words, or undefined when it can. */
export function checkMockPlan(scope: string, parts: MockPartPlan[]): string | undefined {
  if (!isMockScope(scope)) return `There is no scenario "${scope}" to mock.`
  if (parts.length === 0) return 'A mock loop needs at least one part.'
  for (const part of parts) {
    const found = findExercise(part.exerciseId)
    if (!found || found.exercise.kind !== part.kind) return `"${part.exerciseId}" is not a ${part.kind} exercise.`
    if (scope !== MIXED_LOOP_ID && found.scenario.id !== scope) return `"${part.exerciseId}" is not an exercise of this scenario.`
    if (!Number.isFinite(part.secondsGiven) || part.secondsGiven < MIN_PART_SECONDS || part.secondsGiven > MAX_PART_SECONDS) {
      return `Each part needs between ${MIN_PART_SECONDS} second and ${MAX_PART_SECONDS / 60} minutes.`
    }
  }
  return undefined
}

/**
 * The follow-ups an interviewer opens after a part: the scenario's questions on that part, and
 * after the last part the collaboration and ownership ones too (or those alone when the part has none).
 */
export function mockFollowUps(scenario: Scenario, kind: MockPartKind, isLastPart: boolean): FollowUp[] {
  const all = scenario.followUps ?? []
  const onPart = all.filter((followUp) => followUp.part === kind)
  const collaboration = all.filter((followUp) => followUp.part === 'collaboration')
  return onPart.length === 0 || isLastPart ? [...onPart, ...collaboration] : onPart
}
