import { describe, expect, it } from 'vitest'
import { compareResultSets } from '../../../src/engine/compare/compare-result-sets'
import {
  diagnoseBoundaryValue,
  diagnoseConstantFactor,
  diagnoseDateWindowEdge,
  diagnoseFanOut,
  diagnoseLeftJoinFilter,
  diagnosePattern,
  diagnoseRowOrder,
  diagnoseWholeTooSmall,
  type PatternInput,
  type PatternRule,
} from '../../../src/engine/sql/patterns'
import type { QueryResult, SqlValue } from '../../../src/engine/types'

const result = (columns: string[], rows: SqlValue[][]): QueryResult => ({ columns, rows })

function input(expected: QueryResult, actual: QueryResult, extra: Partial<PatternInput> = {}): PatternInput {
  const names = extra.orderByNames
  const orderBy = names?.map((n) => expected.columns.indexOf(n))
  return { expected, actual, comparison: compareResultSets(expected, actual, { orderBy }), hidden: false, ...extra }
}

// Each mistake: its rule, the reference's result and SQL, the wrong answer's result and SQL.
const cohorts = result(['cohort', 'users', 'retained'], [['2024-01', 100, 40], ['2024-02', 100, 35], ['2024-03', 90, 0]])
const leftJoinReference = "SELECT c.cohort, COUNT(*) AS users, COUNT(a.user_id) AS retained FROM cohorts c LEFT JOIN activity a ON a.user_id = c.user_id AND a.day = 30 GROUP BY c.cohort"
const leftJoinWrong = "SELECT c.cohort, COUNT(*) AS users, COUNT(a.user_id) AS retained FROM cohorts c LEFT JOIN activity a ON a.user_id = c.user_id WHERE a.day = 30 GROUP BY c.cohort"

const cases: Record<string, { rule: PatternRule; mistake: PatternInput; id: string; says: RegExp }> = {
  'a WHERE on the right-hand table of a LEFT JOIN': {
    rule: diagnoseLeftJoinFilter,
    id: 'left-join-filter',
    says: /LEFT JOIN.*inner join/,
    mistake: input(cohorts, result(cohorts.columns, []), { answerSql: leftJoinWrong, referenceSql: leftJoinReference }),
  },
  'a rate over 100% after a join': {
    rule: diagnoseFanOut,
    id: 'fan-out',
    says: /counted more than once/,
    mistake: input(
      result(['campaign_id', 'clicks', 'ctr_pct'], [[1, 70, 70], [2, 10, 50]]),
      result(['campaign_id', 'clicks', 'ctr_pct'], [[1, 150, 150], [2, 10, 50]]),
      { answerSql: 'SELECT c.campaign_id, COUNT(*) FROM dim_ad_campaigns c JOIN fact_ad_events e ON e.campaign_id = c.campaign_id GROUP BY 1' },
    ),
  },
  // feed-engagement/sql-engagement-funnel's counts-users-not-sessions: no join, and the rates go
  // over 100% because the whole (distinct users) is smaller than the part (sessions); this is not a fan-out.
  'a rate over 100% because the whole counts distinct users, not rows': {
    rule: diagnoseWholeTooSmall,
    id: 'whole-too-small',
    says: /total_sessions is smaller than expected: the whole counts fewer things than the part \(a COUNT\(DISTINCT/,
    mistake: input(
      result(['date_partition', 'total_sessions', 'view_rate_pct'], [['2024-06-24', 10, 80], ['2024-06-25', 8, 75]]),
      result(['date_partition', 'total_sessions', 'view_rate_pct'], [['2024-06-24', 6, 133.33], ['2024-06-25', 8, 75]]),
      {
        answerSql: 'SELECT date_partition, COUNT(DISTINCT user_id) AS total_sessions, ROUND(100.0 * SUM(posts_viewed > 0) / COUNT(DISTINCT user_id), 2) FROM fact_user_sessions GROUP BY 1',
        referenceSql: 'SELECT date_partition, COUNT(*) AS total_sessions, ROUND(100.0 * SUM(posts_viewed > 0) / COUNT(*), 2) FROM fact_user_sessions GROUP BY 1',
      },
    ),
  },
  'a strict > on a boundary the statement includes': {
    rule: diagnoseBoundaryValue,
    id: 'boundary-value',
    says: /exactly 2024-06-01/,
    mistake: input(
      result(['video_id', 'score'], [[3132, 90], [4001, 80]]),
      result(['video_id', 'score'], [[4001, 80]]),
      { answerSql: "SELECT video_id, score FROM v WHERE upload_timestamp > '2024-06-01'", referenceSql: "SELECT video_id, score FROM v WHERE upload_timestamp >= '2024-06-01'" },
    ),
  },
  'integer division': {
    rule: diagnoseConstantFactor,
    id: 'integer-division',
    says: /integer divided by an integer/,
    mistake: input(result(['day', 'ratio'], [['2024-06-01', 0.612], ['2024-06-02', 0.65]]), result(['day', 'ratio'], [['2024-06-01', 0], ['2024-06-02', 0]])),
  },
  'a percentage where a fraction is expected': {
    rule: diagnoseConstantFactor,
    id: 'percent-vs-fraction',
    says: /100 times too big/,
    mistake: input(result(['day', 'ratio'], [['2024-06-01', 0.612], ['2024-06-02', 0.65]]), result(['day', 'ratio'], [['2024-06-01', 61.2], ['2024-06-02', 65]])),
  },
  'ties broken the wrong way': {
    rule: diagnoseRowOrder,
    id: 'row-order',
    says: /tie on score must be ordered by video_id/,
    mistake: input(
      result(['video_id', 'score'], [[1, 9], [2, 9], [3, 5]]),
      result(['video_id', 'score'], [[2, 9], [1, 9], [3, 5]]),
      { orderByNames: ['score', 'video_id'], answerSql: 'SELECT video_id, score FROM v ORDER BY score DESC' },
    ),
  },
  'a window shifted by one day': {
    rule: diagnoseDateWindowEdge,
    id: 'date-window-edge',
    says: /off by one day/,
    mistake: input(
      result(['day', 'dau'], [['2024-06-24', 5], ['2024-06-25', 6], ['2024-06-26', 7]]),
      result(['day', 'dau'], [['2024-06-23', 4], ['2024-06-24', 5], ['2024-06-25', 6]]),
    ),
  },
}

describe('pattern rules', () => {
  for (const [name, c] of Object.entries(cases)) {
    describe(name, () => {
      it('fires on its mistake and names the concept', () => {
        const finding = c.rule(c.mistake)
        expect(finding?.rule).toBe(c.id)
        expect(finding?.concept).toMatch(c.says)
        expect(finding?.fix).toBeTruthy()
        expect(diagnosePattern(c.mistake)?.rule).toBe(c.id)
      })

      it('is silent on a correct answer', () => {
        const right = input(c.mistake.expected, c.mistake.expected, { ...c.mistake, comparison: undefined as never, actual: c.mistake.expected })
        const same = { ...right, comparison: compareResultSets(c.mistake.expected, c.mistake.expected) }
        expect(c.rule({ ...same, answerSql: c.mistake.referenceSql })).toBeUndefined()
      })

      it('is silent on the other rules’ mistakes', () => {
        for (const [other, o] of Object.entries(cases)) {
          if (o.rule === c.rule) continue
          expect(c.rule(o.mistake), `${name} on "${other}"`).toBeUndefined()
        }
      })
    })
  }

  it('says nothing when the difference has no known shape', () => {
    const expected = result(['id', 'name'], [[1, 'a'], [2, 'b']])
    expect(diagnosePattern(input(expected, result(['id', 'name'], [[1, 'x'], [3, 'b']])))).toBeUndefined()
  })

  it('does not blame an anti-join (WHERE right.col IS NULL) on a LEFT JOIN', () => {
    const sql = 'SELECT c.cohort FROM cohorts c LEFT JOIN activity a ON a.user_id = c.user_id WHERE a.user_id IS NULL'
    expect(diagnoseLeftJoinFilter(input(cohorts, result(cohorts.columns, [cohorts.rows[0]]), { answerSql: sql }))).toBeUndefined()
  })
})
