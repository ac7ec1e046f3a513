import type { ExerciseId, ScenarioId } from '../engine/ids'
import type { QueryResult } from '../engine/types'
import type { PythonGrading, PythonSignature } from '../engine/python/exercises'
import type { Rubric } from '../engine/rubric/types'
import type { ModelSpec } from '../engine/schema/types'
import type { Dataset, DatasetGenerator, DatasetVariant, TableSpec } from '../datasets/types'

export type ExerciseKind = 'sql' | 'python' | 'model' | 'product'
export type Difficulty = 'easy' | 'medium' | 'hard'

interface ExerciseBase {
  /** `<scenario-id>/<slug>` exactly as the contract names it. */
  id: ExerciseId
  kind: ExerciseKind
  title: string
  difficulty: Difficulty
  /** Markdown shown to the learner. */
  statement: string
  /** Progressive hints, gentlest first. */
  hints: string[]
}

/** A known-wrong answer: the grader must reject it, and names its mistake when an answer matches it. */
export interface WrongAnswer {
  /** File name without extension, e.g. `count-user-days`. */
  name: string
  /** What is wrong, phrased to the learner: "your MAU counts user-days, not users". */
  mistake: string
  /** How to fix it, without giving the answer away. */
  hint: string
  sql: string
}

export interface SqlExercise extends ExerciseBase {
  kind: 'sql'
  reference: string
  /** True when the statement fixes the row order ("order by"). */
  ordered: boolean
  /**
   * Output column names of the reference that the order is by. Rows that tie on all of
   * them may come in any order. Required when `ordered`.
   */
  orderBy?: string[]
  /**
   * Output columns that identify a row (its natural key), for feedback that pairs rows: defaults
   * to the first column. Set it when the first column does not identify a row.
   */
  key?: string[]
  /**
   * The `<slug>.wrong/*.sql` answers. They load on demand, in a chunk of their own
   * (the scenario's `known-wrong.ts`), so only the graders fetch them, not the catalog.
   */
  loadWrongAnswers: () => Promise<WrongAnswer[]>
}

/** A known-wrong Python answer (`<slug>.wrong/*.py`, starting with `# mistake:` and `# hint:` lines). */
export interface WrongPythonAnswer {
  name: string
  mistake: string
  hint: string
  code: string
}

/**
 * A Python exercise, all in its scenario folder: the statement (`<slug>.md`), the starter code
 * (`<slug>.starter.py`), the cases and TypeScript reference (`<slug>.cases.ts`, loaded by the
 * graders only) and the known-wrong answers (`<slug>.wrong/*.py`).
 */
export interface PythonExercise extends ExerciseBase, PythonSignature {
  kind: 'python'
  starterCode: string
  /** The signature, cases and reference the engine grades with, loaded on demand. */
  loadGrading: () => Promise<PythonGrading>
  /** The `<slug>.wrong/*.py` answers, loaded on demand like a SQL exercise's. */
  loadWrongAnswers: () => Promise<WrongPythonAnswer[]>
}

/**
 * A product-sense question answered in Markdown (`product-sense.md`). Its rubric (criteria,
 * concepts, anchors, pass mark; `product-sense.rubric.ts`) and experiment plan
 * (`product-sense.experiment.ts`) are in the same folder and load on demand.
 */
export interface ProductExercise extends ExerciseBase {
  kind: 'product'
  /** The rubric that grades it, loaded once, on demand. */
  loadRubric: () => Promise<Rubric>
}

/** A known-wrong data model (`data-model.wrong/*.sql`): the checks it must fail are its `-- expect:` lines. */
export interface WrongModelAnswer {
  name: string
  mistake: string
  hint: string
  /** Check ids that must fail (`grain:user-day-fact`, `one-wide-table`). */
  expect: string[]
  sql: string
}

/**
 * A data-modeling question answered with CREATE TABLE statements: the statement
 * (`data-model.md`), the reference schema (`data-model.sql`), the spec that grades it (roles,
 * grains, synonyms, probe questions, pass mark; `data-model.spec.ts`, loaded on demand) and the
 * known-wrong designs (`data-model.wrong/*.sql`).
 */
export interface ModelExercise extends ExerciseBase {
  kind: 'model'
  /** The reference schema (`data-model.sql`), in the contract's table and column names. */
  reference: string
  /** The spec that grades it, loaded once, on demand. */
  loadSpec: () => Promise<ModelSpec>
  /** The `data-model.wrong/*.sql` designs, loaded on demand like a SQL exercise's. */
  loadWrongAnswers: () => Promise<WrongModelAnswer[]>
}

export type Exercise = SqlExercise | PythonExercise | ProductExercise | ModelExercise

/** The part of the interview loop a follow-up question belongs to. */
export type FollowUpPart = 'product' | 'model' | 'sql' | 'python' | 'collaboration'

/**
 * A follow-up discussion an interviewer opens after an exercise (`<id>/follow-ups.ts`): no grader,
 * the learner writes their talking points and compares them with ours.
 */
export interface FollowUp {
  /** Unique within its scenario, kebab-case: `late-arriving-events`. */
  id: string
  part: FollowUpPart
  /** What the interviewer asks, in our own words. */
  question: string
  /** What a strong answer touches on, one point per entry (Markdown allowed). */
  talkingPoints: string[]
  /** Topics, kebab-case (`late-data`, `partitioning`, `exactly-once`, `privacy`, ...). */
  tags: string[]
}

/** Returns its argument, for type checking and autocompletion, like `defineScenario`. */
export function defineFollowUps(followUps: FollowUp[]): FollowUp[] {
  return followUps
}

/**
 * What a learner sees of a scenario, and all the browser bundles of it. The seeded generator
 * and the TypeScript re-computations are Node-only: see `ScenarioData`.
 */
export interface Scenario {
  /** The folder's name: `src/scenarios/<id>/`. */
  id: ScenarioId
  /** Where the catalog lists it, lowest first; scenarios without one come last, by title. */
  position?: number
  title: string
  /** One line for the catalog. */
  summary: string
  /** Markdown: the situation, in our own words. */
  story: string
  /** "Today" for every query: CURRENT_DATE returns it. */
  asOf: string
  tables: TableSpec[]
  /** The first is the visible dataset; the rest are hidden variants. */
  variants: DatasetVariant[]
  exercises: Exercise[]
  /** The interviewer's follow-up discussions (`follow-ups.ts`), shown on the scenario page. */
  followUps?: FollowUp[]
}

/**
 * The part of a scenario only the Node tools and tests use (`<id>/scenario-data.ts`, listed in
 * src/scenarios/data-registry.ts): never imported by the app, so the generators and the
 * re-computations stay out of the browser bundle.
 */
export interface ScenarioData {
  /** The seeded generator of the scenario's tables: same variant, same rows. */
  generate: DatasetGenerator
  /**
   * Per SQL exercise slug, its expected result computed a second way, in TypeScript, from the
   * generated rows. `scenarios:check` proves it equals the reference query's result on every
   * dataset, and reports a SQL exercise without one.
   */
  expected: Record<string, (data: Dataset) => QueryResult>
}

/** Returns its argument: it exists so a mentor's scenario file is type-checked and autocompleted. */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario
}

/** Returns its argument, for type checking and autocompletion, like `defineScenario`. */
export function defineScenarioData(data: ScenarioData): ScenarioData {
  return data
}
