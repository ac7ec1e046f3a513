import { readQueryShape } from './query-shape'
import type { PatternRule } from './types'

/**
 * Fewer rows than expected (or none) from a query whose WHERE tests a column of a LEFT JOIN's
 * right-hand table: the NULL-extended rows fail that test, so the LEFT JOIN acts as an inner join.
 * Also: an inner JOIN where the reference LEFT JOINs the same table drops the unmatched rows.
 */
export const diagnoseLeftJoinFilter: PatternRule = ({ comparison, expected, actual, answerSql, referenceSql }) => {
  if (comparison.equal || comparison.columnCountMismatch || !answerSql) return undefined
  if (actual.rows.length >= expected.rows.length || comparison.missing.length === 0) return undefined
  const shape = readQueryShape(answerSql)
  if (!shape) return undefined
  for (const side of shape.leftJoined) {
    const ref = shape.whereReferences.find((r) => !r.isNullTest && (r.qualifier === side.alias || r.qualifier === side.table))
    if (ref) {
      return {
        rule: 'left-join-filter',
        concept:
          `your WHERE tests ${side.alias}, the right-hand table of a LEFT JOIN (${ref.text}); rows the LEFT JOIN kept with NULLs fail that test, ` +
          'so the LEFT JOIN turns into an inner join and entities without a match disappear',
        fix: `Move that condition into the LEFT JOIN's ON clause (… LEFT JOIN ${side.table} ${side.alias} ON … AND ${ref.text}), so it filters the matches, not the rows.`,
      }
    }
  }
  const reference = referenceSql ? readQueryShape(referenceSql) : undefined
  const leftInReference = new Set(reference?.leftJoined.map((s) => s.table) ?? [])
  const inner = shape.innerJoined.find((name) => leftInReference.has(name))
  if (inner) {
    return {
      rule: 'inner-join-drops',
      concept: `an inner JOIN with ${inner} keeps only rows that have a match there, so entities with no ${inner} rows drop out of the result`,
      fix: `Start from the table that lists every entity and LEFT JOIN ${inner}; count or sum its columns so that no match gives 0.`,
    }
  }
  return undefined
}
