import { toExerciseId } from '../engine/ids'
import type { Dataset } from '../datasets/types'
import type { QueryResult } from '../engine/types'
import type { Difficulty, SqlExercise, WrongAnswer } from './types'

/** Files of one scenario folder, as `import.meta.glob(..., { query: '?raw', import: 'default', eager: true })` returns them. */
export type RawFiles = Record<string, string>

export interface SqlExerciseSpec {
  scenarioId: string
  /** The exercise's file stem: `<slug>.md` is the statement, `<slug>.sql` the reference, `<slug>.wrong/*.sql` the known-wrong answers. */
  slug: string
  title: string
  difficulty: Difficulty
  /** Output columns of the reference that fix the row order, when the statement says "order by". */
  orderBy?: string[]
  hints: string[]
  expected: (data: Dataset) => QueryResult
}

/**
 * Builds a SQL exercise from its folder's files. Each known-wrong answer starts with two
 * comment lines a mentor writes:
 *
 *     -- mistake: your MAU counts user-days, not users
 *     -- hint: MAU needs each user once per window.
 */
export function defineSqlExercise(spec: SqlExerciseSpec, files: RawFiles): SqlExercise {
  const read = (name: string): string => {
    const text = files[`./${name}`]
    if (text === undefined) throw new Error(`${spec.scenarioId}: the file ${name} is missing`)
    return text
  }
  const wrongPrefix = `./${spec.slug}.wrong/`
  const wrongAnswers = Object.keys(files)
    .filter((path) => path.startsWith(wrongPrefix) && path.endsWith('.sql'))
    .sort()
    .map((path) => parseWrongAnswer(path.slice(wrongPrefix.length, -'.sql'.length), files[path]))
  return {
    id: toExerciseId(`${spec.scenarioId}/${spec.slug}`),
    kind: 'sql',
    title: spec.title,
    difficulty: spec.difficulty,
    statement: read(`${spec.slug}.md`),
    hints: spec.hints,
    reference: read(`${spec.slug}.sql`),
    ordered: spec.orderBy !== undefined,
    orderBy: spec.orderBy,
    wrongAnswers,
    expected: spec.expected,
  }
}

/** Reads the `-- mistake:` and `-- hint:` header of a known-wrong answer. */
export function parseWrongAnswer(name: string, sql: string): WrongAnswer {
  const header = (key: string): string => {
    const match = sql.match(new RegExp(`^\\s*--\\s*${key}:\\s*(.+)$`, 'mi'))
    return match ? match[1].trim() : ''
  }
  return { name, mistake: header('mistake'), hint: header('hint'), sql }
}
