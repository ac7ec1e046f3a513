/**
 * Bench figures of issue 13: for every known-wrong SQL answer, the time to find its smallest
 * counterexample (in Node, on the dataset its grade's diff comes from) and the example's size.
 */
import type { Scenario } from '../scenarios/types'
import { findCounterexampleForGrade } from './counterexample/find-for-grade'
import { median, percentile, round1 } from './bench-stats'
import { openScenarioRuntime } from './scenario-runtime'

export interface CounterexampleFigures {
  counterexample_ms: { p50: number; p95: number; n: number }
  counterexample_rows: { median: number; max: number; share_at_most_5: number; not_found: number; not_minimal: number }
}

/** One line per known-wrong answer through `log`; the summary as the bench prints it. */
export async function measureCounterexamples(
  scenarios: Scenario[],
  threadUrl: URL,
  log: (line: string) => void,
  /** Told of each answer whose grade has differing rows to search from (`<exercise id> <name>`). */
  searched: (key: string) => void = () => {},
): Promise<CounterexampleFigures> {
  const times: number[] = []
  const sizes: number[] = []
  let notFound = 0
  let notMinimal = 0
  for (const scenario of scenarios) {
    const runtime = await openScenarioRuntime(scenario, threadUrl)
    try {
      for (const exercise of scenario.exercises) {
        if (exercise.kind !== 'sql') continue
        for (const wrong of await exercise.loadWrongAnswers()) {
          const grade = await runtime.grader.grade(exercise, wrong.sql)
          if (grade.verdict === 'rejected' && grade.diff) searched(`${exercise.id} ${wrong.name}`)
          const t0 = performance.now()
          const found = await findCounterexampleForGrade(runtime.sandbox, exercise, wrong.sql, grade)
          const ms = performance.now() - t0
          times.push(ms)
          if (!found) notFound++
          else {
            sizes.push(found.rows)
            if (!found.minimal) notMinimal++
          }
          log(`  ${exercise.id} ${wrong.name}: ${found ? `${found.rows} rows${found.minimal ? '' : ' (stopped)'}` : 'none'} in ${ms.toFixed(0)} ms`)
        }
      }
    } finally {
      runtime.dispose()
    }
  }
  const total = times.length
  return {
    counterexample_ms: { p50: round1(percentile(times, 50)), p95: round1(percentile(times, 95)), n: total },
    counterexample_rows: {
      median: median(sizes),
      max: Math.max(...sizes),
      share_at_most_5: round1((100 * sizes.filter((s) => s <= 5).length) / Math.max(total, 1)),
      not_found: notFound,
      not_minimal: notMinimal,
    },
  }
}
