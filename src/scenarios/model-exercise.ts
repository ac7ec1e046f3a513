import { toExerciseId } from '../engine/ids'
import type { ModelQuestion, ModelSpec } from '../engine/schema/types'
import { loadOnce } from './product-exercise'
import { loadScenarioModule, loadWrongFiles, parseWrongAnswer, readScenarioFile, type ScenarioFiles } from './sql-exercise'
import type { Difficulty, ModelExercise, Scenario, WrongModelAnswer } from './types'

export interface ModelExerciseSpec {
  scenarioId: string
  title: string
  difficulty?: Difficulty
  hints: string[]
}

/**
 * A scenario's data-modeling question: `data-model.md` (statement), `data-model.sql` (the
 * reference schema) and `data-model.wrong/*.sql` (known-wrong designs, each starting with
 * `-- mistake:`, `-- hint:` and one `-- expect: <check id>` line per check it must fail).
 * The spec that grades it is `data-model.spec.ts` (loaded on demand, so the catalog stays light).
 */
export function defineModelExercise(spec: ModelExerciseSpec, files: ScenarioFiles): ModelExercise {
  const read = (name: string) => readScenarioFile(files, spec.scenarioId, name)
  return {
    id: toExerciseId(`${spec.scenarioId}/data-model`),
    kind: 'model',
    title: spec.title,
    difficulty: spec.difficulty ?? 'medium',
    statement: read('data-model.md'),
    hints: spec.hints,
    reference: read('data-model.sql'),
    loadSpec: loadOnce(() => loadScenarioModule<ModelSpec>(files, spec.scenarioId, 'data-model.spec.ts')),
    loadWrongAnswers: async () => (await loadWrongFiles(files, 'data-model', '.sql')).map((f) => parseWrongModel(f.name, f.text)),
  }
}

/** A known-wrong design's header: `-- mistake:`, `-- hint:` and its `-- expect:` lines. */
export function parseWrongModel(name: string, sql: string): WrongModelAnswer {
  const expect = [...sql.matchAll(/^\s*--\s*expect:\s*(\S+)\s*$/gim)].map((m) => m[1])
  return { ...parseWrongAnswer(name, sql), expect }
}

/** The questions a data model should answer: the scenario's SQL exercises, by their reference queries. */
export function scenarioQuestions(scenario: Scenario): ModelQuestion[] {
  return scenario.exercises.flatMap((e) => (e.kind === 'sql' ? [{ id: e.id.split('/')[1], label: e.title, sql: e.reference }] : []))
}
