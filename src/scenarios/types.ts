import type { ExerciseId, ScenarioId } from '../engine/ids'
import type { QueryResult } from '../engine/types'
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
 * A Python exercise. Its cases, starter code and TypeScript reference live in the engine
 * (src/engine/python/exercises.ts, keyed by this id); the scenario folder holds what a
 * learner reads (`<slug>.md`) and the known-wrong answers (`<slug>.wrong/*.py`).
 */
export interface PythonExercise extends ExerciseBase {
  kind: 'python'
  starterCode: string
  /** The `<slug>.wrong/*.py` answers, loaded on demand like a SQL exercise's. */
  loadWrongAnswers: () => Promise<WrongPythonAnswer[]>
}

/**
 * A product-sense question answered in Markdown. Its rubric (criteria, concepts, anchors,
 * pass mark) lives in the engine (src/engine/rubric/rubrics/), keyed by this id.
 */
export interface ProductExercise extends ExerciseBase {
  kind: 'product'
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
 * A data-modeling question answered with CREATE TABLE statements. Its spec (roles, grains,
 * synonyms, probe questions, pass mark) lives in the engine (src/engine/schema/models/), keyed
 * by this id; the scenario folder holds the statement, the reference schema and known-wrong designs.
 */
export interface ModelExercise extends ExerciseBase {
  kind: 'model'
  /** The reference schema (`data-model.sql`), in the contract's table and column names. */
  reference: string
  /** The `data-model.wrong/*.sql` designs, loaded on demand like a SQL exercise's. */
  loadWrongAnswers: () => Promise<WrongModelAnswer[]>
}

export type Exercise = SqlExercise | PythonExercise | ProductExercise | ModelExercise

/**
 * What a learner sees of a scenario, and all the browser bundles of it. The seeded generator
 * and the TypeScript re-computations are Node-only: see `ScenarioData`.
 */
export interface Scenario {
  id: ScenarioId
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
