/**
 * The grading engine's public API. Pure TypeScript: plain data in, a `Grade` out; no DOM,
 * React, workers or sql.js, so it runs the same in the browser, in Node commands and in tests.
 */
export type * from './types'
export type * from './ids'
export { toExerciseId, toScenarioId } from './ids'

export { compareResultSets } from './compare/compare-result-sets'
export type * from './compare/types'
export { valuesEqual, rowsEqual, formatValue, formatRow, NUMBER_TOLERANCE } from './compare/values'

export { gradeSqlAnswer } from './sql/grade-sql-answer'
export type { GradeSqlInput, SqlDatasetRun, KnownMistake } from './sql/grade-sql-answer'

export * as python from './python/index'
export * as experiment from './experiment/index'
export * as rubric from './rubric/index'

export * as counterexample from './counterexample/index'
