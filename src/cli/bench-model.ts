import { dataModelSpecs } from '../engine/schema/models/index'
import { createModelGrader } from '../grading/model-grader'
import { scenarioQuestions } from '../scenarios/model-exercise'
import type { ModelExercise, Scenario } from '../scenarios/types'
import { createNodeSqlSandbox } from '../sql-sandbox/node/node-sql-client'
import { summary } from './bench-stats'

/**
 * Submit -> verdict of every data-model reference, through the worker-thread sandbox: the DDL
 * run, the grain probes and the scenario's questions, each on a fresh empty database.
 * The first grade of each exercise also reads the reference schema; it is timed too.
 */
export async function measureModelGrading(scenarios: Scenario[], threadUrl: URL, repeats: number): Promise<{ p50: number; p95: number; n: number }> {
  const sandbox = createNodeSqlSandbox(threadUrl)
  const times: number[] = []
  try {
    const grader = createModelGrader(sandbox)
    for (const scenario of scenarios) {
      for (const exercise of scenario.exercises.filter((e): e is ModelExercise => e.kind === 'model')) {
        const spec = dataModelSpecs[exercise.id]
        if (!spec) continue
        const questions = scenarioQuestions(scenario)
        for (let i = 0; i < repeats; i++) {
          const t0 = performance.now()
          const grade = await grader.grade({ spec, reference: exercise.reference, questions, answer: exercise.reference })
          times.push(performance.now() - t0)
          if (grade.verdict !== 'accepted') throw new Error(`bench: the reference schema of ${exercise.id} was not accepted`)
        }
      }
    }
  } finally {
    sandbox.dispose()
  }
  return summary(times)
}
