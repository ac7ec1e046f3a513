import type { RawFiles } from '../sql-exercise'

/**
 * The known-wrong answers (`<slug>.wrong/*.{sql,py}`) as raw text. scenario.ts imports this
 * module dynamically, so they travel in a chunk of their own that only the graders load.
 * Only the .wrong folders: data/ holds design notes that name the planted cause.
 */
export const knownWrongFiles: RawFiles = import.meta.glob('./*.wrong/*.{sql,py}', { query: '?raw', import: 'default', eager: true })
