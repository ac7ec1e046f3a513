/**
 * Bench figure of issue 13's mutation check: over every SQL reference, the single-change
 * mutants generated, how many the datasets kill, and how many are listed as equivalent.
 */
import type { QueryResult } from '../engine/types'
import type { Scenario } from '../scenarios/types'
import { checkMutants } from './mutants/check-mutants'
import { openScenarioRuntime } from './scenario-runtime'

export interface MutantFigures {
  total: number
  killed: number
  equivalent: number
  /** Survivors nobody explained (scenarios:check fails on them). */
  unexplained: number
}

/** Runs every mutant of every SQL reference on its scenario's datasets. */
export async function measureMutants(scenarios: Scenario[], threadUrl: URL, log: (line: string) => void): Promise<MutantFigures> {
  const figures: MutantFigures = { total: 0, killed: 0, equivalent: 0, unexplained: 0 }
  for (const scenario of scenarios) {
    const runtime = await openScenarioRuntime(scenario, threadUrl)
    try {
      for (const exercise of scenario.exercises) {
        if (exercise.kind !== 'sql') continue
        const references = new Map<string, QueryResult>()
        for (const image of runtime.images) {
          const outcome = await runtime.sandbox.run(image.key, exercise.reference, { maxRows: 100_000 })
          if (!outcome.ok) throw new Error(`bench: the reference of ${exercise.id} fails on ${image.key}`)
          references.set(image.key, { columns: outcome.result.columns, rows: outcome.result.rows })
        }
        const report = await checkMutants(runtime.sandbox, exercise, references)
        log(`  ${exercise.id}: ${report.total} mutants, ${report.killed} killed, ${report.equivalent} equivalent, ${report.survivors.length} unexplained`)
        figures.total += report.total
        figures.killed += report.killed
        figures.equivalent += report.equivalent
        figures.unexplained += report.survivors.length
      }
    } finally {
      runtime.dispose()
    }
  }
  return figures
}
