import { toExerciseId } from '../engine/ids'
import type { PythonCasesModule, PythonGrading } from '../engine/python/exercises'
import { loadOnce } from './product-exercise'
import { loadScenarioModule, loadWrongFiles, readScenarioFile, type ScenarioFiles } from './sql-exercise'
import type { Difficulty, PythonExercise, WrongPythonAnswer } from './types'

export interface PythonExerciseSpec {
  scenarioId: string
  /**
   * The exercise's file stem: `<slug>.md` is the statement, `<slug>.starter.py` the starter code,
   * `<slug>.cases.ts` the cases and TypeScript reference, `<slug>.wrong/*.py` the known-wrong answers.
   */
  slug: string
  title: string
  difficulty: Difficulty
  hints: string[]
  /** Top-level names the learner's code must define (functions or classes). */
  functionNames: string[]
  /** Positional parameter names per function, class (its `__init__`) and method, for feedback. */
  parameters: Record<string, string[]>
}

/**
 * Builds a Python exercise from its folder's files. Each known-wrong answer starts with two comment lines:
 *
 *     # mistake: your drop divides by a zero baseline
 *     # hint: A window whose average is 0 has no drop to report.
 */
export function definePythonExercise(spec: PythonExerciseSpec, files: ScenarioFiles): PythonExercise {
  const id = `${spec.scenarioId}/${spec.slug}`
  const read = (name: string) => readScenarioFile(files, spec.scenarioId, name)
  const signature = { functionNames: spec.functionNames, parameters: spec.parameters }
  return {
    id: toExerciseId(id),
    kind: 'python',
    title: spec.title,
    difficulty: spec.difficulty,
    statement: read(`${spec.slug}.md`),
    hints: spec.hints,
    starterCode: read(`${spec.slug}.starter.py`),
    ...signature,
    // The cases and the reference stay out of the catalog: only a grader loads them.
    loadGrading: loadOnce(
      async (): Promise<PythonGrading> => ({
        id,
        ...signature,
        ...(await loadScenarioModule<PythonCasesModule>(files, spec.scenarioId, `${spec.slug}.cases.ts`)),
      }),
    ),
    loadWrongAnswers: async () => (await loadWrongFiles(files, spec.slug, '.py')).map((f) => parseWrongPythonAnswer(f.name, f.text)),
  }
}

/** Reads the `# mistake:` and `# hint:` header of a known-wrong Python answer. */
export function parseWrongPythonAnswer(name: string, code: string): WrongPythonAnswer {
  const header = (key: string): string => code.match(new RegExp(`^\\s*#\\s*${key}:\\s*(.+)$`, 'mi'))?.[1].trim() ?? ''
  return { name, mistake: header('mistake'), hint: header('hint'), code }
}
