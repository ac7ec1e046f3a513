import { toExerciseId } from '../engine/ids'
import { STARTER_CODE } from '../engine/python/starter-code'
import { loadWrongFiles, readScenarioFile, type ScenarioFiles } from './sql-exercise'
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
export function definePythonExercise(spec: PythonExerciseSpec, files: ScenarioFiles): PythonExercise {
  const id = `${spec.scenarioId}/${spec.slug}`
  // Only the starter text here: the cases and references stay in the lazily loaded grader.
  const starterCode = STARTER_CODE[id]
  if (starterCode === undefined) throw new Error(`${spec.scenarioId}: the engine has no Python exercise ${id}`)
  const statement = readScenarioFile(files, spec.scenarioId, `${spec.slug}.md`)
  return {
    id: toExerciseId(id),
    kind: 'python',
    title: spec.title,
    difficulty: spec.difficulty,
    statement,
    hints: spec.hints,
    starterCode,
    loadWrongAnswers: async () => (await loadWrongFiles(files, spec.slug, '.py')).map((f) => parseWrongPythonAnswer(f.name, f.text)),
  }
}

/** Reads the `# mistake:` and `# hint:` header of a known-wrong Python answer. */
export function parseWrongPythonAnswer(name: string, code: string): WrongPythonAnswer {
  const header = (key: string): string => code.match(new RegExp(`^\\s*#\\s*${key}:\\s*(.+)$`, 'mi'))?.[1].trim() ?? ''
  return { name, mistake: header('mistake'), hint: header('hint'), code }
}
