/**
 * What the engine needs to grade one Python exercise, as plain data: the names the learner's
 * code must define, each callable's parameter names (for feedback), the cases and the
 * TypeScript reference. A scenario folder supplies it (`<slug>.cases.ts`); the engine never
 * looks an exercise up by id.
 */
import type { PythonCase, PythonStep, StepOutcome } from './types'

export interface PythonCaseSet {
  visible: PythonCase[]
  hidden: PythonCase[]
  /** Deterministic: the same seed and count always give the same cases. */
  random: (seed: number, count: number) => PythonCase[]
}

/** The cases and reference of an exercise: what its `<slug>.cases.ts` exports by default. */
export interface PythonCasesModule {
  cases: PythonCaseSet
  /** The TypeScript reference: the expected outcome of each step of a case. */
  reference: (steps: PythonStep[]) => StepOutcome[]
}

/** The names a learner's code must define, and the parameters of each callable. */
export interface PythonSignature {
  /** Top-level names the learner's code must define (functions or classes). */
  functionNames: string[]
  /** Positional parameter names per function, class (its `__init__`) and method, for feedback. */
  parameters: Record<string, string[]>
}

/** Everything the grader needs of a Python exercise. */
export interface PythonGrading extends PythonSignature, PythonCasesModule {
  id: string
}

/**
 * Returns its argument, for type checking in a scenario's `<slug>.cases.ts`:
 *
 *     export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
 */
export function definePythonCases(module: PythonCasesModule): PythonCasesModule {
  return module
}

/** Default number of random cases Submit adds, and the seed when none is given. */
export const DEFAULT_RANDOM_CASES = 20
export const DEFAULT_RANDOM_SEED = 20240630

/** Every case Submit runs: visible, then hidden, then `randomCount` seeded random ones. */
export function buildSubmitCases(grading: Pick<PythonGrading, 'cases'>, seed = DEFAULT_RANDOM_SEED, randomCount = DEFAULT_RANDOM_CASES): PythonCase[] {
  const { cases } = grading
  return [...cases.visible, ...cases.hidden, ...cases.random(seed, randomCount)]
}
