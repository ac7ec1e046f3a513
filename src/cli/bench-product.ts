import { composeAnchorAnswer, gradeProductAnswer } from '../engine/rubric'
import type { Scenario } from '../scenarios/types'
import { summary } from './bench-stats'

/**
 * Submit -> verdict of product-sense answers in Node: every rubric's strong, medium and weak
 * anchor answers (the reading, matching and experiment-length check; no I/O), after one warm-up.
 */
export async function measureProductGrading(scenarios: Scenario[], repeats: number): Promise<{ p50: number; p95: number; n: number }> {
  const times: number[] = []
  for (const scenario of scenarios) {
    for (const exercise of scenario.exercises) {
      if (exercise.kind !== 'product') continue
      const rubric = await exercise.loadRubric()
      const answers = (['strong', 'medium', 'weak'] as const).map((level) => composeAnchorAnswer(rubric, level))
      for (const answer of answers) gradeProductAnswer(rubric, answer) // warm-up
      for (let i = 0; i < repeats; i++) {
        for (const answer of answers) {
          const t0 = performance.now()
          gradeProductAnswer(rubric, answer)
          times.push(performance.now() - t0)
        }
      }
    }
  }
  return summary(times)
}
