/**
 * The pymk datasets against the exercise contract: every guarantee and every planted edge
 * case is checked with SQL on the built image of EVERY variant (a hidden variant lacking an
 * edge case would let a wrong answer through), plus the visible story and the build budget.
 */
import type { Database, SqlJsStatic } from 'sql.js'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { buildVariant, type BuiltVariant } from '../../src/datasets/build'
import { pymkTables } from '../../src/scenarios/pymk/tables'
import { EGO_USER, PYMK_AS_OF, generatePymkDataset } from '../../src/scenarios/pymk/dataset'
import { pymk } from '../../src/scenarios/pymk/scenario'

type Value = number | string | null
const pymkVariants = pymk.variants
const source = { id: 'pymk', asOf: PYMK_AS_OF, tables: pymkTables, generate: generatePymkDataset, variants: pymkVariants }

let SQL: SqlJsStatic
const built = new Map<string, BuiltVariant>()
const dbs = new Map<string, Database>()
let coldMs = 0

beforeAll(async () => {
  SQL = await loadSqlJs()
  const started = performance.now()
  for (const variant of pymkVariants) built.set(variant.key, buildVariant(SQL, source, variant))
  coldMs = performance.now() - started
  for (const [key, b] of built) {
    dbs.set(key, new SQL.Database(b.bytes))
    console.log(
      `pymk/${key}: ${(b.bytes.length / 1048576).toFixed(2)} MB, generate ${b.generateMs.toFixed(0)} ms, ` +
        `sqlite ${b.buildMs.toFixed(0)} ms, rows ${JSON.stringify(b.rows)}`,
    )
  }
})
afterAll(() => dbs.forEach((db) => db.close()))

function rows(key: string, sql: string): Value[][] {
  return (dbs.get(key)!.exec(sql)[0]?.values ?? []) as Value[][]
}
function scalar(key: string, sql: string): Value {
  return rows(key, sql)[0]?.[0] ?? null
}

const keys = pymkVariants.map((v) => v.key)
const U = EGO_USER

/** Active friendships, both directions, as a CTE body. */
const FRIENDS = `SELECT user_id_from AS a, user_id_to AS b FROM fact_user_relationships WHERE relationship_type = 'friend' AND status = 'active'
  UNION ALL SELECT user_id_to, user_id_from FROM fact_user_relationships WHERE relationship_type = 'friend' AND status = 'active'`
/** Friends of friends of 42 with their mutual count, excluding only 42 itself (nothing else). */
const UNFILTERED = `WITH f AS (${FRIENDS})
  SELECT f2.b AS candidate, COUNT(DISTINCT f1.b) AS mutual FROM f f1 JOIN f f2 ON f2.a = f1.b
  WHERE f1.a = ${U} AND f2.b <> ${U} GROUP BY f2.b`
const MY_FRIENDS = `SELECT b FROM (${FRIENDS}) WHERE a = ${U}`
const BLOCKED = `SELECT CASE WHEN user_id_from = ${U} THEN user_id_to ELSE user_id_from END FROM fact_user_relationships
  WHERE status = 'blocked' AND (user_id_from = ${U} OR user_id_to = ${U})`
/** The contract's ranking, without the LIMIT. */
const RANKED = `SELECT candidate, mutual FROM (${UNFILTERED}) WHERE candidate NOT IN (${MY_FRIENDS}) AND candidate NOT IN (${BLOCKED})
  ORDER BY mutual DESC, candidate`

const JUNE = "date_partition BETWEEN '2024-06-01' AND '2024-06-30'"
const ACCOUNT = "CASE WHEN p.is_private_account = 1 THEN 'private' ELSE 'public' END"
const BUCKET = `CASE WHEN s.mutual_friends_count = 0 THEN '0' WHEN s.mutual_friends_count <= 2 THEN '1-2'
  WHEN s.mutual_friends_count <= 5 THEN '3-5' ELSE '6+' END`

describe('pymk variants', () => {
  it('lists the visible dataset first, then at least two hidden ones with other seeds', () => {
    expect(keys[0]).toBe('visible')
    expect(keys.filter((k) => k.startsWith('hidden-')).length).toBeGreaterThanOrEqual(2)
    expect(new Set(pymkVariants.map((v) => v.seed)).size).toBe(pymkVariants.length)
  })

  it('keeps the visible image between 1 and 3 MB', () => {
    const size = built.get('visible')!.bytes.length / 1048576
    expect(size).toBeGreaterThan(1)
    expect(size).toBeLessThan(3)
  })

  it('gives identical bytes for the same seed and different bytes for another seed', () => {
    const again = buildVariant(SQL, source, pymkVariants[1])
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(built.get(pymkVariants[1].key)!.bytes))).toBe(0)
    const other = buildVariant(SQL, source, { ...pymkVariants[1], seed: pymkVariants[1].seed + 1 })
    expect(Buffer.compare(Buffer.from(other.bytes), Buffer.from(built.get(pymkVariants[1].key)!.bytes))).not.toBe(0)
  })

  // Build time is measured by `npm run bench` (dataset_build_ms), not asserted: a timer in a
  // test flakes on a busy 2-core machine. The figures are printed.
  it('generates and builds all variants, cold and warm', () => {
    let best = Infinity
    for (let round = 0; round < 2; round++) {
      const started = performance.now()
      for (const variant of pymkVariants) buildVariant(SQL, source, variant)
      best = Math.min(best, performance.now() - started)
    }
    console.log(`pymk: all ${pymkVariants.length} variants generated and built in ${coldMs.toFixed(0)} ms cold, ${best.toFixed(0)} ms warm`)
    expect(best).toBeGreaterThan(0)
  })
})

describe.each(keys)('pymk %s: contract guarantees', (key) => {
  it('has the contract schema exactly, with indexes on the join and filter keys', () => {
    const schema = (table: string) =>
      rows(key, `PRAGMA table_info(${table})`).map((r) => `${r[1]} ${r[2]}${r[3] ? ' NOT NULL' : ''}${r[5] ? ` PK${r[5]}` : ''}`)
    expect(schema('fact_user_relationships')).toEqual([
      'relationship_id INTEGER PK1', 'user_id_from INTEGER NOT NULL', 'user_id_to INTEGER NOT NULL',
      'relationship_type TEXT NOT NULL', 'status TEXT NOT NULL', 'created_timestamp TEXT NOT NULL',
      'mutual_friends_count INTEGER NOT NULL', 'interaction_score REAL NOT NULL',
    ])
    expect(schema('fact_pymk_suggestions')).toEqual([
      'suggestion_id TEXT PK1', 'target_user_id INTEGER NOT NULL', 'suggested_user_id INTEGER NOT NULL',
      'suggestion_timestamp TEXT NOT NULL', 'suggestion_reason TEXT', 'mutual_friends_count INTEGER NOT NULL',
      'algorithm_score REAL', 'was_viewed INTEGER NOT NULL', 'was_requested INTEGER NOT NULL', 'was_accepted INTEGER NOT NULL',
      'outcome_timestamp TEXT', 'date_partition TEXT NOT NULL',
    ])
    expect(schema('dim_user_privacy')).toEqual([
      'user_id INTEGER PK1', 'is_private_account INTEGER NOT NULL', 'allow_friend_suggestions INTEGER NOT NULL',
      'pymk_frequency_preference TEXT', 'last_updated TEXT NOT NULL',
    ])
    expect(schema('fact_user_interactions')).toEqual([
      'interaction_id INTEGER PK1', 'user_id_from INTEGER NOT NULL', 'user_id_to INTEGER NOT NULL',
      'interaction_type TEXT NOT NULL', 'interaction_timestamp TEXT NOT NULL',
    ])
    expect(schema('dim_users')).toEqual(['user_id INTEGER PK1', 'country_code TEXT', 'registration_date TEXT', 'last_active_date TEXT'])
    const indexed = rows(key, `SELECT p.tbl_name || '.' || i.name FROM sqlite_master p, pragma_index_info(p.name) i
      WHERE p.type = 'index' AND p.sql IS NOT NULL AND i.seqno = 0`).map((r) => r[0])
    for (const column of ['fact_user_relationships.user_id_from', 'fact_user_relationships.user_id_to', 'fact_pymk_suggestions.suggested_user_id',
      'fact_pymk_suggestions.date_partition', 'fact_user_interactions.user_id_from']) {
      expect(indexed, column).toContain(column)
    }
  })

  it('has nothing dated after the as-of date, and date_partition = date(suggestion_timestamp)', () => {
    const end = '2024-06-30 23:59:59'
    for (const [table, column] of [['fact_user_relationships', 'created_timestamp'], ['fact_pymk_suggestions', 'suggestion_timestamp'],
      ['fact_pymk_suggestions', 'outcome_timestamp'], ['fact_user_interactions', 'interaction_timestamp'], ['dim_user_privacy', 'last_updated']]) {
      expect(scalar(key, `SELECT MAX(${column}) FROM ${table}`)! <= end, `${table}.${column}`).toBe(true)
    }
    expect(scalar(key, 'SELECT MAX(last_active_date) FROM dim_users')! <= '2024-06-30').toBe(true)
    expect(scalar(key, 'SELECT COUNT(*) FROM fact_pymk_suggestions WHERE date_partition != date(suggestion_timestamp)')).toBe(0)
    expect(scalar(key, 'SELECT COUNT(*) FROM dim_users WHERE last_active_date < registration_date')).toBe(0)
  })

  it('keeps the funnel flags consistent, with outcome_timestamp the acceptance or the request', () => {
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions WHERE was_accepted > was_requested OR was_requested > was_viewed
      OR (outcome_timestamp IS NULL) != (was_requested = 0) OR outcome_timestamp < suggestion_timestamp
      OR mutual_friends_count IS NULL OR mutual_friends_count < 0`)).toBe(0)
    // Users who switched suggestions off are never suggested.
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions s JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id
      WHERE p.allow_friend_suggestions = 0`)).toBe(0)
  })

  it('stores each pair once: never both directions, never a user with itself; contract types and statuses', () => {
    expect(scalar(key, `SELECT COUNT(*) FROM (SELECT MIN(user_id_from, user_id_to), MAX(user_id_from, user_id_to)
      FROM fact_user_relationships GROUP BY 1, 2 HAVING COUNT(*) > 1)`)).toBe(0)
    expect(scalar(key, 'SELECT COUNT(*) FROM fact_user_relationships WHERE user_id_from = user_id_to')).toBe(0)
    expect(rows(key, 'SELECT DISTINCT relationship_type FROM fact_user_relationships ORDER BY 1')).toEqual([['follow'], ['friend']])
    expect(rows(key, 'SELECT DISTINCT status FROM fact_user_relationships ORDER BY 1')).toEqual([['active'], ['blocked'], ['pending']])
    expect(rows(key, 'SELECT DISTINCT interaction_type FROM fact_user_interactions ORDER BY 1')).toEqual([['comment'], ['like'], ['message'], ['view']])
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_relationships WHERE status = 'blocked' AND relationship_type = 'follow'")).toBeGreaterThan(0)
  })

  it("refreshes the relationships' mutual_friends_count from the active friendships", () => {
    const wrong = scalar(key, `WITH f AS (${FRIENDS})
      SELECT COUNT(*) FROM fact_user_relationships r
      WHERE r.mutual_friends_count != (SELECT COUNT(*) FROM f x JOIN f y ON y.b = x.b WHERE x.a = r.user_id_from AND y.a = r.user_id_to)`)
    expect(wrong).toBe(0)
  })
})

describe.each(keys)('pymk %s: user 42 (sql-mutual-friends)', (key) => {
  it('exists, with at least 10 active friends in both directions, some of them friends with each other', () => {
    expect(scalar(key, `SELECT COUNT(*) FROM dim_users WHERE user_id = ${U}`)).toBe(1)
    expect(scalar(key, `SELECT COUNT(*) FROM (${MY_FRIENDS})`)).toBeGreaterThanOrEqual(10)
    const byDirection = rows(key, `SELECT user_id_from = ${U}, COUNT(*) FROM fact_user_relationships
      WHERE ${U} IN (user_id_from, user_id_to) AND relationship_type = 'friend' AND status = 'active' GROUP BY 1`)
    expect(byDirection).toHaveLength(2)
    expect(scalar(key, `WITH f AS (${FRIENDS}) SELECT COUNT(*) FROM f WHERE a IN (${MY_FRIENDS}) AND b IN (${MY_FRIENDS})`)).toBeGreaterThan(0)
  })

  it('has blocked rows with 42 in both directions, one of type follow, with users sharing several friends', () => {
    const blocks = rows(key, `SELECT user_id_from = ${U}, relationship_type FROM fact_user_relationships
      WHERE status = 'blocked' AND ${U} IN (user_id_from, user_id_to)`)
    expect(new Set(blocks.map((b) => b[0]))).toEqual(new Set([0, 1]))
    expect(blocks.some((b) => b[1] === 'follow')).toBe(true)
    expect(blocks.some((b) => b[1] === 'friend')).toBe(true)
    const shared = rows(key, `SELECT mutual FROM (${UNFILTERED}) WHERE candidate IN (${BLOCKED})`).map((r) => r[0] as number)
    expect(Math.max(...shared)).toBeGreaterThanOrEqual(3)
  })

  it('would rank a friend of 42 and a blocked user in the top 10 if they were not excluded', () => {
    const top = rows(key, `SELECT candidate FROM (${UNFILTERED}) ORDER BY mutual DESC, candidate LIMIT 10`).map((r) => r[0])
    const friends = new Set(rows(key, MY_FRIENDS).map((r) => r[0]))
    const blocked = new Set(rows(key, BLOCKED).map((r) => r[0]))
    expect(top.some((c) => friends.has(c))).toBe(true)
    expect(top.some((c) => blocked.has(c))).toBe(true)
  })

  it('ties on mutual_friends across the top-10 cut, so candidate_user_id decides', () => {
    const ranked = rows(key, `${RANKED} LIMIT 11`)
    expect(ranked).toHaveLength(11)
    expect(ranked[9][1]).toBe(ranked[10][1])
  })

  it('has a pending request and a follow between 42 and top-10 candidates, which keep them candidates', () => {
    const top = new Set(rows(key, `${RANKED} LIMIT 10`).map((r) => r[0]))
    const withU = rows(key, `SELECT CASE WHEN user_id_from = ${U} THEN user_id_to ELSE user_id_from END, relationship_type, status
      FROM fact_user_relationships WHERE ${U} IN (user_id_from, user_id_to) AND status != 'blocked'
        AND NOT (relationship_type = 'friend' AND status = 'active')`)
    expect(withU.some(([c, t, s]) => top.has(c) && t === 'friend' && s === 'pending')).toBe(true)
    expect(withU.some(([c, t]) => top.has(c) && t === 'follow')).toBe(true)
  })

  it("has pending and follow rows from 42's friends that would change the ranking if counted", () => {
    const counting = (where: string) => rows(key, `WITH f AS (
        SELECT user_id_from AS a, user_id_to AS b FROM fact_user_relationships WHERE ${where}
        UNION ALL SELECT user_id_to, user_id_from FROM fact_user_relationships WHERE ${where})
      SELECT f2.b, COUNT(DISTINCT f1.b) m FROM f f1 JOIN f f2 ON f2.a = f1.b
      WHERE f1.a = ${U} AND f1.b IN (${MY_FRIENDS}) AND f2.b <> ${U} AND f2.b NOT IN (${MY_FRIENDS}) AND f2.b NOT IN (${BLOCKED})
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`)
    const reference = JSON.stringify(rows(key, `${RANKED} LIMIT 10`))
    expect(JSON.stringify(counting("relationship_type = 'friend' AND status = 'active'"))).toBe(reference)
    expect(JSON.stringify(counting("relationship_type = 'friend' AND status IN ('active', 'pending')"))).not.toBe(reference)
    expect(JSON.stringify(counting("status = 'active'"))).not.toBe(reference)
  })
})

describe.each(keys)('pymk %s: planted edge cases (sql-private-effectiveness)', (key) => {
  const june = `FROM fact_pymk_suggestions s LEFT JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id WHERE s.${JUNE}`

  it('has June suggestions of users without a privacy row, and every bucket boundary for both account types', () => {
    expect(scalar(key, `SELECT COUNT(*) ${june} AND p.user_id IS NULL`)).toBeGreaterThan(0)
    for (const type of ['private', 'public']) {
      const values = rows(key, `SELECT DISTINCT s.mutual_friends_count ${june} AND ${ACCOUNT} = '${type}'`).map((r) => r[0])
      for (const v of [0, 1, 2, 3, 5, 6]) expect(values, `${type} ${v}`).toContain(v)
    }
    expect(rows(key, `SELECT ${ACCOUNT}, ${BUCKET} ${june} GROUP BY 1, 2`)).toHaveLength(8)
  })

  it('has suggestions outside June, on both sides of the month edges', () => {
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions WHERE date_partition = '2024-05-31'`)).toBeGreaterThan(0)
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions WHERE date_partition < '2024-05-31'`)).toBeGreaterThan(0)
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions WHERE suggestion_timestamp = '2024-06-01 00:00:00'`)).toBe(1)
    expect(scalar(key, `SELECT COUNT(*) FROM fact_pymk_suggestions WHERE suggestion_timestamp > '2024-06-30'`)).toBeGreaterThan(0)
  })

  const pairInteractions = (where: string, extra = '') => `SELECT COUNT(*) FROM fact_pymk_suggestions s WHERE ${where} AND EXISTS (
    SELECT 1 FROM fact_user_interactions i WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
      OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id)) ${extra})`

  it('has window edges: at the acceptance (June), at exactly +30 days and at +30 days 1 second (May 31)', () => {
    expect(scalar(key, pairInteractions(`s.${JUNE} AND s.was_accepted = 1`, "AND i.interaction_timestamp = s.outcome_timestamp AND i.interaction_type != 'view'"))).toBeGreaterThan(0)
    expect(scalar(key, pairInteractions("s.date_partition = '2024-05-31' AND s.was_accepted = 1",
      "AND i.interaction_timestamp = datetime(s.outcome_timestamp, '+30 days')"))).toBeGreaterThan(0)
    expect(scalar(key, pairInteractions("s.date_partition = '2024-05-31' AND s.was_accepted = 1",
      "AND i.interaction_timestamp = datetime(s.outcome_timestamp, '+30 days', '+1 second')"))).toBeGreaterThan(0)
  })

  it('has engagement in both directions, views that do not count, interactions before acceptance and by unaccepted pairs', () => {
    const valid = "AND i.interaction_type != 'view' AND i.interaction_timestamp BETWEEN s.outcome_timestamp AND datetime(s.outcome_timestamp, '+30 days')"
    const accepted = `s.${JUNE} AND s.was_accepted = 1`
    expect(scalar(key, pairInteractions(accepted, `AND i.user_id_from = s.suggested_user_id ${valid}`))).toBeGreaterThan(0)
    expect(scalar(key, pairInteractions(accepted, `AND i.user_id_from = s.target_user_id ${valid}`))).toBeGreaterThan(0)
    // Accepted connections with views in the window but no engagement in it.
    expect(scalar(key, `${pairInteractions(accepted, "AND i.interaction_type = 'view' AND i.interaction_timestamp >= s.outcome_timestamp")}
      AND NOT EXISTS (SELECT 1 FROM fact_user_interactions i WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
        OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id)) ${valid})`)).toBeGreaterThan(0)
    // Engagement only before the acceptance, from the target (what the seed's AND/OR bug counts).
    expect(scalar(key, `${pairInteractions(accepted, "AND i.user_id_from = s.target_user_id AND i.interaction_timestamp < s.outcome_timestamp")}
      AND NOT EXISTS (SELECT 1 FROM fact_user_interactions i WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
        OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id)) ${valid})`)).toBeGreaterThan(0)
    expect(scalar(key, pairInteractions(`s.${JUNE} AND s.was_requested = 1 AND s.was_accepted = 0`, "AND i.interaction_timestamp >= s.outcome_timestamp AND i.interaction_type != 'view'"))).toBeGreaterThan(0)
    expect(scalar(key, pairInteractions(`s.${JUNE} AND s.was_requested = 0`, "AND i.interaction_type != 'view'"))).toBeGreaterThan(0)
    // Several engaging interactions for one connection (a join would count it several times).
    expect(scalar(key, `SELECT MAX((SELECT COUNT(*) FROM fact_user_interactions i WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
        OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id)) ${valid})) FROM fact_pymk_suggestions s WHERE ${accepted}`)).toBeGreaterThan(1)
  })

  it('has a group with no acceptance (NULL sustained rate); hidden-1 also a group with no request', () => {
    const groups = rows(key, `SELECT ${ACCOUNT}, ${BUCKET}, SUM(s.was_requested), SUM(s.was_accepted) ${june} GROUP BY 1, 2`)
    expect(groups.some((g) => g[3] === 0)).toBe(true)
    if (key === 'hidden-1') expect(groups.some((g) => g[2] === 0)).toBe(true)
    // Integer division would truncate: some request rate is not a whole percent.
    expect(scalar(key, `SELECT COUNT(*) FROM (SELECT SUM(s.was_requested) r, COUNT(*) n ${june} GROUP BY ${ACCOUNT}, ${BUCKET}) WHERE (100 * r) % n != 0`)).toBeGreaterThan(0)
  })
})

describe('pymk visible: the story', () => {
  const acceptance = () => {
    const result = rows('visible', `SELECT ${ACCOUNT}, ${BUCKET}, 100.0 * SUM(s.was_accepted) / SUM(s.was_requested)
      FROM fact_pymk_suggestions s LEFT JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id
      WHERE s.date_partition >= '2024-05-01' GROUP BY 1, 2`)
    return Object.fromEntries(result.map((r) => [`${r[0]} ${r[1]}`, r[2] as number]))
  }

  it('private accounts accept far fewer requests with few mutual friends, and catch up at 6+', () => {
    const rate = acceptance()
    console.log('acceptance % (May+June)', rate)
    expect(rate['private 1-2']).toBeLessThan(rate['public 1-2'] * 0.6)
    expect(rate['private 3-5']).toBeLessThan(rate['public 3-5'])
    expect(Math.abs(rate['private 6+'] - rate['public 6+'])).toBeLessThan(10)
  })

  it('accepted private connections interact more often than public ones', () => {
    const sustained = Object.fromEntries(rows('visible', `SELECT ${ACCOUNT}, 100.0 * AVG(EXISTS (SELECT 1 FROM fact_user_interactions i
        WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id) OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id))
          AND i.interaction_type != 'view' AND i.interaction_timestamp BETWEEN s.outcome_timestamp AND datetime(s.outcome_timestamp, '+30 days')))
      FROM fact_pymk_suggestions s LEFT JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id WHERE s.was_accepted = 1 GROUP BY 1`) as [string, number][])
    console.log('sustained % of accepted (May+June)', sustained)
    expect(sustained.private).toBeGreaterThan(sustained.public + 5)
  })
})
