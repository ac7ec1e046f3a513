import { createModelGrader } from '../grading/model-grader'
import type { Scenario } from '../scenarios/types'
import { createNodeSqlSandbox } from '../sql-sandbox/node/node-sql-client'
import { summary } from './bench-stats'
import { modelExercisesOf, modelGradeBase } from './model-grade-input'

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
      for (const exercise of modelExercisesOf(scenario)) {
        const base = await modelGradeBase(scenario, exercise)
        for (let i = 0; i < repeats; i++) {
          const t0 = performance.now()
          const grade = await grader.grade({ ...base, answer: exercise.reference })
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
