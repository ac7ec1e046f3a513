/** Data-model grading: pure functions over a schema snapshot; the grader (src/grading/model-grader.ts) runs the SQL. */
export { parseDdl } from './parse-ddl'
export { SCHEMA_QUERY, readSchemaSnapshot } from './read-schema'
export { matchEntities, findColumn, findGrain, nameWords } from './match-entities'
export type { EntityMatch } from './match-entities'
export { planModelProbes, buildRenames, valueFor } from './plan-probes'
export { rewriteIdentifiers } from './rewrite-query'
export { gradeDataModel, toErSchema, CHECK_WEIGHTS } from './grade-data-model'
export type * from './types'
