import { readQueryShape, type LiteralComparison } from './query-shape'
import type { PatternRule } from './types'

const strict = (op: string) => op === '<' || op === '>'
const direction = (op: string) => op[0]

/**
 * A filter that leaves out (or lets in) the rows sitting exactly on its boundary value: the
 * answer compares with `>` where the reference has `>=` on the same literal (or the other way
 * round), or, without the reference's text, the missing rows carry that very value.
 */
export const diagnoseBoundaryValue: PatternRule = ({ comparison, expected, answerSql, referenceSql }) => {
  if (comparison.equal || comparison.columnCountMismatch || comparison.orderOnly || !answerSql) return undefined
  const answer = readQueryShape(answerSql)
  if (!answer) return undefined
  const reference = referenceSql ? readQueryShape(referenceSql) : undefined
  for (const c of answer.comparisons) {
    const twin = reference?.comparisons.find((r) => r.literal === c.literal && direction(r.op) === direction(c.op) && strict(r.op) !== strict(c.op) && sameOperand(r.column, c.column))
    const sitsOnIt = !reference && strict(c.op) && comparison.missing.some((i) => expected.rows[i].some((v) => v !== null && String(v).startsWith(c.literal)))
    if (twin || sitsOnIt) return finding(c)
  }
  return undefined
}

/** Aggregates must match (count(*) vs count(*)); plain columns may differ by alias, so any plain column matches. */
function sameOperand(a: string, b: string): boolean {
  const call = (x: string) => x.includes('(')
  return call(a) === call(b) && (!call(a) || a.replace(/\s+/g, '') === b.replace(/\s+/g, ''))
}

function finding(c: LiteralComparison) {
  const leavesOut = strict(c.op)
  return {
    rule: 'boundary-value',
    concept: leavesOut
      ? `your filter ${c.text} leaves out the rows whose ${c.column} is exactly ${c.literal}, and the statement's range includes its boundary`
      : `your filter ${c.text} lets in the rows whose ${c.column} is exactly ${c.literal}, and the statement's range stops before it`,
    fix: leavesOut ? `Use ${c.op}= so that ${c.literal} itself is included.` : `Use ${c.op[0]} so that ${c.literal} itself is left out.`,
  }
}
