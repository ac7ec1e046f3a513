/** Branded ids: a scenario id and an exercise id are both strings, but never interchangeable. */
export type ScenarioId = string & { readonly __brand: 'ScenarioId' }
/** `<scenario-id>/<exercise-slug>`, e.g. `feed-engagement/sql-dau-mau-ratio`. */
export type ExerciseId = string & { readonly __brand: 'ExerciseId' }

export const toScenarioId = (id: string): ScenarioId => id as ScenarioId
export const toExerciseId = (id: string): ExerciseId => id as ExerciseId
