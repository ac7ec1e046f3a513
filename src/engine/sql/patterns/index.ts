import { diagnoseBoundaryValue } from './boundary-value'
import { diagnoseConstantFactor } from './constant-factor'
import { diagnoseDateWindowEdge } from './date-window-edge'
import { diagnoseFanOut } from './fan-out'
import { diagnoseLeftJoinFilter } from './left-join-filter'
import { diagnoseRowOrder } from './row-order'
import { diagnoseWholeTooSmall } from './whole-too-small'
import type { PatternFinding, PatternInput, PatternRule } from './types'

export type { PatternFinding, PatternInput, PatternRule }
export { diagnoseBoundaryValue, diagnoseConstantFactor, diagnoseDateWindowEdge, diagnoseFanOut, diagnoseLeftJoinFilter, diagnoseRowOrder, diagnoseWholeTooSmall }

/** Most specific first: a rule reading the query's shape beats one reading only numbers. */
export const PATTERN_RULES: readonly PatternRule[] = [
  diagnoseRowOrder,
  diagnoseLeftJoinFilter,
  diagnoseBoundaryValue,
  diagnoseWholeTooSmall,
  diagnoseFanOut,
  diagnoseConstantFactor,
  diagnoseDateWindowEdge,
]

/**
 * The first pattern that explains why a result differs, when no known mistake does. Each rule is
 * pure and fires only on its own shape of difference; none fires on an equal result.
 */
export function diagnosePattern(input: PatternInput): PatternFinding | undefined {
  if (input.comparison.equal) return undefined
  for (const rule of PATTERN_RULES) {
    const finding = rule(input)
    if (finding) return finding
  }
  return undefined
}
