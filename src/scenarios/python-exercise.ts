import { toExerciseId } from '../engine/ids'
import { STARTER_CODE } from '../engine/python/starter-code'
import type { RawFiles } from './sql-exercise'
import type { Difficulty, PythonExercise, WrongPythonAnswer } from './types'

export interface PythonExerciseSpec {
  scenarioId: string
  /** `<slug>.md` is the statement, `<slug>.wrong/*.py` the known-wrong answers. */
  slug: string
  title: string
  difficulty: Difficulty
  hints: string[]
}

/**
 * Builds a Python exercise from its folder's files and the engine's starter code. Each known-wrong answer starts with two comment lines:
 *
 *     # mistake: your drop divides by a zero baseline
 *     # hint: A window whose average is 0 has no drop to report.
 */
export function definePythonExercise(spec: PythonExerciseSpec, files: RawFiles): PythonExercise {
  const id = `${spec.scenarioId}/${spec.slug}`
  // Only the starter text here: the cases and references stay in the lazily loaded grader.
  const starterCode = STARTER_CODE[id]
  if (starterCode === undefined) throw new Error(`${spec.scenarioId}: the engine has no Python exercise ${id}`)
  const statement = files[`./${spec.slug}.md`]
  if (statement === undefined) throw new Error(`${spec.scenarioId}: the file ${spec.slug}.md is missing`)
  const wrongPrefix = `./${spec.slug}.wrong/`
  const wrongAnswers = Object.keys(files)
    .filter((path) => path.startsWith(wrongPrefix) && path.endsWith('.py'))
    .sort()
    .map((path) => parseWrongPythonAnswer(path.slice(wrongPrefix.length, -'.py'.length), files[path]))
  return {
    id: toExerciseId(id),
    kind: 'python',
    title: spec.title,
    difficulty: spec.difficulty,
    statement,
    hints: spec.hints,
    starterCode,
    wrongAnswers,
  }
}

/** Reads the `# mistake:` and `# hint:` header of a known-wrong Python answer. */
export function parseWrongPythonAnswer(name: string, code: string): WrongPythonAnswer {
  const header = (key: string): string => code.match(new RegExp(`^\\s*#\\s*${key}:\\s*(.+)$`, 'mi'))?.[1].trim() ?? ''
  return { name, mistake: header('mistake'), hint: header('hint'), code }
}
