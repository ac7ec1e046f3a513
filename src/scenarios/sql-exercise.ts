import { toExerciseId } from '../engine/ids'
import type { Difficulty, SqlExercise, WrongAnswer } from './types'

/** Files of one scenario folder, as `import.meta.glob(..., { query: '?raw', import: 'default', eager: true })` returns them. */
export type RawFiles = Record<string, string>

/**
 * What the `define*Exercise` helpers read from a scenario folder: the statements and
 * references (`text`, bundled with the catalog), and a loader of the known-wrong answers
 * (`./<slug>.wrong/<name>.<ext>`), which only the graders call. The loader imports the
 * folder's `known-wrong.ts`, so Vite puts those answers in a chunk of their own.
 */
export interface ScenarioFiles {
  text: RawFiles
  loadWrong: () => Promise<RawFiles>
  /**
   * The folder's grading modules, loaded on demand (`import.meta.glob('./*.{cases,rubric,spec}.ts')`,
   * not eager): Python cases and references, the product-sense rubric, the data-model spec.
   * Each lands in a chunk of its own that only a grader fetches.
   */
  modules?: Record<string, () => Promise<unknown>>
}

/** The default export of `./<name>` among the folder's lazily loaded modules, or an error naming the missing file. */
export async function loadScenarioModule<T>(files: ScenarioFiles, scenarioId: string, name: string): Promise<T> {
  const load = files.modules?.[`./${name}`]
  if (!load) throw new Error(`${scenarioId}: the file ${name} is missing (or scenario.ts does not list it in files.modules)`)
  const module = (await load()) as { default?: T }
  if (module.default === undefined) throw new Error(`${scenarioId}: ${name} has no default export`)
  return module.default
}

/** The files under `<folder>.wrong/` ending in `ext`, by name without extension, sorted by name. */
export async function loadWrongFiles(files: ScenarioFiles, folder: string, ext: string): Promise<Array<{ name: string; text: string }>> {
  const all = await files.loadWrong()
  const prefix = `./${folder}.wrong/`
  return Object.keys(all)
    .filter((path) => path.startsWith(prefix) && path.endsWith(ext))
    .sort()
    .map((path) => ({ name: path.slice(prefix.length, -ext.length), text: all[path] }))
}

/** A file of the folder's text, or an error naming it. */
export function readScenarioFile(files: ScenarioFiles, scenarioId: string, name: string): string {
  const text = files.text[`./${name}`]
  if (text === undefined) throw new Error(`${scenarioId}: the file ${name} is missing`)
  return text
}

export interface SqlExerciseSpec {
  scenarioId: string
  /** The exercise's file stem: `<slug>.md` is the statement, `<slug>.sql` the reference, `<slug>.wrong/*.sql` the known-wrong answers. */
  slug: string
  title: string
  difficulty: Difficulty
  /** Output columns of the reference that fix the row order, when the statement says "order by". */
  orderBy?: string[]
  hints: string[]
}

/**
 * Builds a SQL exercise from its folder's files. Each known-wrong answer starts with two
 * comment lines a mentor writes:
 *
 *     -- mistake: your MAU counts user-days, not users
 *     -- hint: MAU needs each user once per window.
 */
export function defineSqlExercise(spec: SqlExerciseSpec, files: ScenarioFiles): SqlExercise {
  const read = (name: string) => readScenarioFile(files, spec.scenarioId, name)
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
    loadWrongAnswers: async () => (await loadWrongFiles(files, spec.slug, '.sql')).map((f) => parseWrongAnswer(f.name, f.text)),
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
