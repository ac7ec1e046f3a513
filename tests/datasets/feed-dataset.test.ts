/**
 * The feed-engagement datasets against the exercise contract: every guarantee and every
 * planted edge case is checked with SQL on the built image of EVERY variant (a hidden
 * variant lacking an edge case would let a wrong answer through), plus the visible story.
 */
import type { Database, SqlJsStatic } from 'sql.js'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { buildVariant, type BuiltVariant } from '../../src/datasets/build'
import { feedTables } from '../../src/scenarios/feed-engagement/tables'
import { ANDROID_RELEASE, FEED_AS_OF, generateFeedDataset } from '../../src/scenarios/feed-engagement/dataset'
import { feedEngagement } from '../../src/scenarios/feed-engagement/scenario'

type Value = number | string | null
const feedVariants = feedEngagement.variants
const source = { id: 'feed-engagement', asOf: FEED_AS_OF, tables: feedTables, generate: generateFeedDataset, variants: feedVariants }

let SQL: SqlJsStatic
const built = new Map<string, BuiltVariant>()
const dbs = new Map<string, Database>()

beforeAll(async () => {
  SQL = await loadSqlJs()
  for (const variant of feedVariants) {
    const b = buildVariant(SQL, source, variant)
    built.set(variant.key, b)
    dbs.set(variant.key, new SQL.Database(b.bytes))
    console.log(
      `feed-engagement/${variant.key}: ${(b.bytes.length / 1048576).toFixed(2)} MB, ` +
        `generate ${b.generateMs.toFixed(0)} ms, sqlite ${b.buildMs.toFixed(0)} ms, rows ${JSON.stringify(b.rows)}`,
    )
  }
})
afterAll(() => dbs.forEach((db) => db.close()))

function rows(key: string, sql: string): Value[][] {
  return (dbs.get(key)!.exec(sql)[0]?.values ?? []) as Value[][]
}
/** First column of the first row. */
function scalar(key: string, sql: string): Value {
  return rows(key, sql)[0]?.[0] ?? null
}

/** The contract's DAU/MAU definition for one date. */
function dauMau(key: string, date: string): number {
  return scalar(
    key,
    `SELECT 1.0 * (SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE is_dau = 1 AND activity_date = '${date}')
       / (SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity
          WHERE is_dau = 1 AND activity_date BETWEEN date('${date}', '-29 days') AND '${date}')`,
  ) as number
}

const keys = feedVariants.map((v) => v.key)

describe('feed-engagement variants', () => {
  it('lists the visible dataset first, then at least two hidden ones with other seeds', () => {
    expect(keys[0]).toBe('visible')
    expect(keys.filter((k) => k.startsWith('hidden-')).length).toBeGreaterThanOrEqual(2)
    expect(new Set(feedVariants.map((v) => v.seed)).size).toBe(feedVariants.length)
  })

  it('keeps the visible image small', () => {
    expect(built.get('visible')!.bytes.length).toBeLessThan(6.5 * 1048576)
  })

  it('gives identical bytes for the same seed and different bytes for another seed', () => {
    const again = buildVariant(SQL, source, feedVariants[1])
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(built.get(feedVariants[1].key)!.bytes))).toBe(0)
    const other = buildVariant(SQL, source, { ...feedVariants[1], seed: feedVariants[1].seed + 1 })
    expect(Buffer.compare(Buffer.from(other.bytes), Buffer.from(built.get(feedVariants[1].key)!.bytes))).not.toBe(0)
  })
})

describe.each(keys)('feed-engagement %s: contract guarantees', (key) => {
  it('has the contract schema exactly', () => {
    const schema = (table: string) =>
      rows(key, `PRAGMA table_info(${table})`).map((r) => `${r[1]} ${r[2]}${r[3] ? ' NOT NULL' : ''}${r[5] ? ` PK${r[5]}` : ''}`)
    expect(schema('fact_user_sessions')).toEqual([
      'session_id TEXT PK1', 'user_id INTEGER NOT NULL', 'session_start_ts TEXT NOT NULL', 'session_end_ts TEXT',
      'platform_type TEXT', 'entry_point TEXT', 'posts_viewed INTEGER', 'posts_liked INTEGER', 'posts_shared INTEGER',
      'posts_commented INTEGER', 'stories_viewed INTEGER', 'total_scroll_distance_px INTEGER', 'max_scroll_depth_pct REAL',
      'session_bounce_flag INTEGER', 'date_partition TEXT NOT NULL', 'hour_partition INTEGER NOT NULL',
    ])
    expect(schema('fact_user_daily_activity')).toEqual([
      'user_id INTEGER PK1', 'activity_date TEXT PK2', 'is_dau INTEGER', 'is_feed_active INTEGER', 'is_stories_active INTEGER',
      'is_creator INTEGER', 'total_sessions INTEGER', 'total_time_spent_minutes INTEGER', 'posts_created INTEGER',
      'engagement_events INTEGER',
    ])
    expect(schema('dim_user_cohorts')).toEqual([
      'user_id INTEGER PK1', 'registration_date TEXT NOT NULL', 'cohort_month TEXT', 'acquisition_channel TEXT',
      'user_segment TEXT', 'days_since_registration INTEGER', 'lifetime_sessions INTEGER', 'last_active_date TEXT',
      'is_retained_d1 INTEGER', 'is_retained_d7 INTEGER', 'is_retained_d30 INTEGER',
    ])
    const indexed = rows(key, `SELECT tbl_name || '(' || name || ')' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`)
    expect(indexed.length).toBeGreaterThanOrEqual(4)
  })

  it('has nothing dated after the as-of date', () => {
    expect(scalar(key, 'SELECT MAX(session_start_ts) FROM fact_user_sessions')! <= '2024-06-30 23:59:59').toBe(true)
    expect(scalar(key, 'SELECT MAX(session_end_ts) FROM fact_user_sessions')! <= '2024-06-30 23:59:59').toBe(true)
    expect(scalar(key, 'SELECT MAX(activity_date) FROM fact_user_daily_activity')).toBe('2024-06-30')
    expect(scalar(key, 'SELECT MAX(registration_date) FROM dim_user_cohorts')! <= '2024-06-30').toBe(true)
    expect(scalar(key, 'SELECT MAX(last_active_date) FROM dim_user_cohorts')! <= '2024-06-30').toBe(true)
  })

  it('never has NULL platform, post, story or scroll columns', () => {
    const nulls = scalar(
      key,
      `SELECT COUNT(*) FROM fact_user_sessions WHERE platform_type IS NULL OR posts_viewed IS NULL OR posts_liked IS NULL
         OR posts_shared IS NULL OR posts_commented IS NULL OR stories_viewed IS NULL
         OR total_scroll_distance_px IS NULL OR max_scroll_depth_pct IS NULL`,
    )
    expect(nulls).toBe(0)
    expect(rows(key, 'SELECT DISTINCT platform_type FROM fact_user_sessions ORDER BY 1')).toEqual([['android'], ['ios'], ['web']])
  })

  it('derives date_partition, hour_partition and the bounce flag from the row itself', () => {
    expect(
      scalar(
        key,
        `SELECT COUNT(*) FROM fact_user_sessions WHERE date_partition != date(session_start_ts)
           OR hour_partition != CAST(strftime('%H', session_start_ts) AS INTEGER)
           OR session_bounce_flag != (posts_viewed = 0)
           OR (session_end_ts IS NOT NULL AND session_end_ts < session_start_ts)
           OR max_scroll_depth_pct NOT BETWEEN 0 AND 100`,
      ),
    ).toBe(0)
  })

  it('has a platform outage: a May or June day with no sessions on one platform', () => {
    const outages = rows(
      key,
      `WITH days AS (SELECT DISTINCT date_partition d FROM fact_user_sessions WHERE date_partition >= '2024-05-01'),
            platforms AS (SELECT DISTINCT platform_type p FROM fact_user_sessions)
       SELECT p, d FROM days, platforms
       WHERE NOT EXISTS (SELECT 1 FROM fact_user_sessions WHERE platform_type = p AND date_partition = d)`,
    )
    expect(outages.length).toBeGreaterThanOrEqual(1)
  })

  it('has users who registered but were never active, in the graded cohorts too', () => {
    const never = `SELECT COUNT(*) FROM dim_user_cohorts c WHERE NOT EXISTS
      (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = c.user_id AND a.is_dau = 1)`
    expect(scalar(key, never)).toBeGreaterThan(0)
    const perMonth = rows(key, `${never.replace('COUNT(*)', 'cohort_month, COUNT(*)')} AND registration_date BETWEEN '2024-01-01' AND '2024-05-31' GROUP BY 1`)
    expect(perMonth).toHaveLength(5)
  })

  it('has rows with is_dau = 0, and sessions with max_scroll_depth_pct exactly 50 on every funnel day', () => {
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_daily_activity WHERE is_dau = 0 AND activity_date >= '2024-06-01'")).toBeGreaterThan(0)
    const days = rows(key, `SELECT date_partition, COUNT(*) FROM fact_user_sessions
      WHERE max_scroll_depth_pct = 50 AND date_partition BETWEEN '2024-06-24' AND '2024-06-30' GROUP BY 1`)
    expect(days).toHaveLength(7)
  })

  it('keeps denormalised dim columns in agreement with the activity facts', () => {
    expect(scalar(key, "SELECT COUNT(*) FROM dim_user_cohorts WHERE cohort_month IS NOT strftime('%Y-%m', registration_date)")).toBe(0)
    expect(
      scalar(
        key,
        `SELECT COUNT(*) FROM dim_user_cohorts c WHERE last_active_date IS NOT
           (SELECT MAX(activity_date) FROM fact_user_daily_activity a WHERE a.user_id = c.user_id AND a.is_dau = 1)
         OR days_since_registration != julianday('2024-06-30') - julianday(registration_date)`,
      ),
    ).toBe(0)
    for (const n of [1, 7, 30]) {
      const disagreeing = scalar(
        key,
        `SELECT COUNT(*) FROM dim_user_cohorts c
         WHERE COALESCE(is_retained_d${n} = 1, 0) != EXISTS (SELECT 1 FROM fact_user_daily_activity a
                WHERE a.user_id = c.user_id AND a.is_dau = 1 AND a.activity_date = date(c.registration_date, '+${n} days'))
            OR (is_retained_d${n} IS NULL) != (date(registration_date, '+${n} days') NOT BETWEEN '2024-01-01' AND '2024-06-30')`,
      )
      expect(disagreeing, `is_retained_d${n}`).toBe(0)
    }
  })

  it('keeps the activity table consistent with sessions where both exist', () => {
    // Compared in TypeScript: a FULL JOIN against an aggregate has no index and takes minutes.
    const fromSessions = new Map<string, number[]>()
    for (const [user, day, n, e, feed, stories] of rows(
      key,
      `SELECT user_id, date_partition, COUNT(*), SUM(posts_liked + posts_shared + posts_commented),
              MAX(posts_viewed > 0), MAX(stories_viewed > 0) FROM fact_user_sessions GROUP BY 1, 2`,
    )) {
      fromSessions.set(`${user}/${day}`, [1, n, e, feed, stories] as number[])
    }
    const activity = rows(
      key,
      `SELECT user_id, activity_date, is_dau, total_sessions, engagement_events, is_feed_active, is_stories_active
       FROM fact_user_daily_activity WHERE activity_date >= '2024-05-01'`,
    )
    const mismatches: string[] = []
    for (const [user, day, ...values] of activity) {
      const id = `${user}/${day}`
      const expected = fromSessions.get(id) ?? [0, 0, 0, 0, 0]
      if (JSON.stringify(values) !== JSON.stringify(expected)) mismatches.push(`${id}: ${values} vs ${expected}`)
      fromSessions.delete(id)
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect([...fromSessions.keys()].slice(0, 5), 'session days without an activity row').toEqual([])
    expect(scalar(key, 'SELECT MIN(date_partition) FROM fact_user_sessions')).toBe('2024-05-01')
    expect(scalar(key, 'SELECT COUNT(*) FROM fact_user_daily_activity WHERE is_dau = 0 AND total_sessions != 0')).toBe(0)
    expect(scalar(key, 'SELECT COUNT(*) FROM fact_user_daily_activity WHERE is_dau = 1 AND total_sessions = 0')).toBe(0)
  })

  it('has rows on every date of every exercise window', () => {
    // Cohort retention reads 2024-01-01..06-30; DAU/MAU reads 2024-05-03..06-30.
    expect(scalar(key, "SELECT COUNT(DISTINCT activity_date) FROM fact_user_daily_activity WHERE is_dau = 1 AND activity_date >= '2024-01-01'")).toBe(182)
    // Platform DAU reads May and June; the funnel reads 06-24..30.
    expect(scalar(key, "SELECT COUNT(DISTINCT date_partition) FROM fact_user_sessions WHERE date_partition >= '2024-05-01'")).toBe(61)
  })
})

describe.each(keys)('feed-engagement %s: planted edge cases', (key) => {
  it('sql-dau-mau-ratio: repeat users, is_dau = 0 rows and both window edges change MAU', () => {
    const mau = (date: string, back: number, dauOnly = true) =>
      scalar(key, `SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE ${dauOnly ? 'is_dau = 1 AND' : ''}
        activity_date BETWEEN date('${date}', '-${back} days') AND '${date}'`) as number
    const june = Array.from({ length: 30 }, (_, i) => `2024-06-${String(i + 1).padStart(2, '0')}`)
    // COUNT(*) over the window counts user-days.
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_daily_activity WHERE is_dau = 1 AND activity_date BETWEEN '2024-05-03' AND '2024-06-01'")).toBeGreaterThan(mau('2024-06-01', 29))
    // A 31-day window ([D-30, D]) and a 29-day one ([D-28, D]) each differ from [D-29, D] on some June day.
    expect(june.some((d) => mau(d, 30) !== mau(d, 29))).toBe(true)
    expect(june.some((d) => mau(d, 28) !== mau(d, 29))).toBe(true)
    // Forgetting is_dau = 1 changes MAU.
    expect(june.some((d) => mau(d, 29, false) !== mau(d, 29))).toBe(true)
    // Planted single-day returners sit exactly on D-29 for some June D (inside) and D-30 (outside).
    const sleepers = rows(key, `SELECT user_id, activity_date FROM fact_user_daily_activity a WHERE is_dau = 1
      AND activity_date BETWEEN '2024-05-03' AND '2024-05-31' AND NOT EXISTS (SELECT 1 FROM fact_user_daily_activity b
        WHERE b.user_id = a.user_id AND b.is_dau = 1 AND b.activity_date != a.activity_date
          AND b.activity_date BETWEEN date(a.activity_date, '-40 days') AND date(a.activity_date, '+40 days'))`)
    expect(sleepers.length).toBeGreaterThanOrEqual(4)
  })

  it('sql-cohort-retention: cohort sizes around 100, registrations outside the range, exact-day retention', () => {
    const sizes = Object.fromEntries(
      rows(key, "SELECT cohort_month, COUNT(*) FROM dim_user_cohorts WHERE registration_date >= '2023-12-01' GROUP BY 1") as [string, number][],
    )
    const graded = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'].map((m) => sizes[m])
    expect(graded).toContain(100)
    expect(graded).toContain(99)
    expect(graded.filter((n) => n >= 100).length).toBeGreaterThanOrEqual(2)
    // Months outside the range are big enough that only the date filter removes them.
    expect(sizes['2023-12']).toBeGreaterThanOrEqual(100)
    expect(sizes['2024-06']).toBeGreaterThanOrEqual(100)
    for (const d of ['2023-12-31', '2024-01-01', '2024-05-31', '2024-06-01']) {
      expect(scalar(key, `SELECT COUNT(*) FROM dim_user_cohorts WHERE registration_date = '${d}'`), d).toBeGreaterThan(0)
    }
    for (const n of [1, 7, 30]) {
      const base = `FROM dim_user_cohorts c JOIN fact_user_daily_activity a ON a.user_id = c.user_id
        WHERE c.registration_date BETWEEN '2024-01-01' AND '2024-05-31'`
      const exact = scalar(key, `SELECT COUNT(DISTINCT c.user_id) ${base} AND a.is_dau = 1 AND a.activity_date = date(c.registration_date, '+${n} days')`)
      // The seed's bug: any active day from N to 30 days after registration.
      const atLeast = scalar(key, `SELECT COUNT(DISTINCT c.user_id) ${base} AND a.is_dau = 1
        AND a.activity_date BETWEEN date(c.registration_date, '+${n} days') AND date(c.registration_date, '+30 days')`)
      const anyRow = scalar(key, `SELECT COUNT(DISTINCT c.user_id) ${base} AND a.activity_date = date(c.registration_date, '+${n} days')`)
      // (At d30 the seed's capped window [30, 30] equals the exact day, so only d1 and d7 differ.)
      if (n < 30) expect(atLeast, `d${n} >= N`).not.toBe(exact)
      expect(anyRow, `d${n} without is_dau`).not.toBe(exact)
      // Day N + 1 only (retained under an open-ended ">= N" without the 30-day cap).
      const late = scalar(key, `SELECT COUNT(*) FROM dim_user_cohorts c WHERE c.registration_date BETWEEN '2024-01-01' AND '2024-05-31'
        AND EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = c.user_id AND a.is_dau = 1 AND a.activity_date = date(c.registration_date, '+${n + 1} days'))
        AND NOT EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = c.user_id AND a.is_dau = 1 AND a.activity_date = date(c.registration_date, '+${n} days'))`)
      expect(late, `d${n} late`).toBeGreaterThan(0)
    }
    // Integer division would truncate: some retained share is not a whole percent.
    const fractional = rows(key, `SELECT cohort_month FROM dim_user_cohorts WHERE registration_date BETWEEN '2024-01-01' AND '2024-05-31'
      GROUP BY 1 HAVING COUNT(*) >= 100 AND (100 * SUM(is_retained_d7)) % COUNT(*) != 0`)
    expect(fractional.length).toBeGreaterThan(0)
  })

  it('sql-engagement-funnel: the day before the week, midnight edges, depth 50, share- and comment-only sessions', () => {
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_sessions WHERE date_partition = '2024-06-23'")).toBeGreaterThan(0)
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_sessions WHERE date_partition = '2024-06-23' AND session_end_ts >= '2024-06-24'")).toBeGreaterThan(0)
    expect(scalar(key, "SELECT COUNT(*) FROM fact_user_sessions WHERE session_start_ts = '2024-06-24 00:00:00'")).toBeGreaterThan(0)
    const perDay = rows(
      key,
      `SELECT date_partition,
         SUM(posts_shared > 0 AND posts_liked = 0 AND posts_commented = 0),
         SUM(posts_commented > 0 AND posts_liked = 0 AND posts_shared = 0),
         SUM(posts_viewed = 0), SUM(max_scroll_depth_pct = 50), SUM(max_scroll_depth_pct > 50), COUNT(*)
       FROM fact_user_sessions WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30' GROUP BY 1`,
    )
    expect(perDay).toHaveLength(7)
    for (const [day, shareOnly, commentOnly, bounces, depth50, deep, total] of perDay as number[][]) {
      expect(shareOnly, String(day)).toBeGreaterThan(0)
      expect(commentOnly, String(day)).toBeGreaterThan(0)
      expect(bounces, String(day)).toBeGreaterThan(0)
      expect(depth50, String(day)).toBeGreaterThan(0)
      expect(deep, String(day)).toBeGreaterThan(0)
      expect(total, String(day)).toBeGreaterThan(depth50 + deep)
    }
  })

  it('sql-dau-by-platform: outage day, repeat sessions and multi-platform users change the naive answers', () => {
    const platformDays = `SELECT platform_type p, date_partition d, COUNT(DISTINCT user_id) n, COUNT(*) c
      FROM fact_user_sessions WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30' GROUP BY 1, 2`
    // AVG over days with sessions differs from the average over all days of the month.
    const differs = scalar(key, `WITH x AS (${platformDays}) SELECT COUNT(*) FROM (SELECT p, substr(d, 1, 7) m, AVG(n) a,
      SUM(n) * 1.0 / (CASE substr(d, 1, 7) WHEN '2024-05' THEN 31 ELSE 30 END) b FROM x GROUP BY 1, 2) WHERE abs(a - b) > 1e-9`)
    expect(differs).toBeGreaterThan(0)
    expect(scalar(key, `WITH x AS (${platformDays}) SELECT SUM(c > n) FROM x`)).toBeGreaterThan(0)
    expect(scalar(key, `SELECT COUNT(*) FROM (SELECT user_id, date_partition FROM fact_user_sessions
      WHERE date_partition >= '2024-05-01' GROUP BY 1, 2 HAVING COUNT(DISTINCT platform_type) > 1)`)).toBeGreaterThan(0)
  })
})

describe('feed-engagement visible: the story', () => {
  it('DAU/MAU is near 0.65 in early May and near 0.58 by late June', () => {
    const early = dauMau('visible', '2024-05-05')
    const late = dauMau('visible', '2024-06-28')
    console.log(`DAU/MAU 2024-05-05 = ${early.toFixed(3)}, 2024-06-28 = ${late.toFixed(3)}`)
    expect(early).toBeGreaterThan(0.62)
    expect(early).toBeLessThan(0.68)
    expect(late).toBeGreaterThan(0.55)
    expect(late).toBeLessThan(0.61)
  })

  it('Android DAU falls from May to June while iOS and web hold steady (sql-dau-by-platform)', () => {
    const change = Object.fromEntries(
      rows(
        'visible',
        `WITH d AS (SELECT platform_type p, date_partition dp, COUNT(DISTINCT user_id) n FROM fact_user_sessions GROUP BY 1, 2),
              m AS (SELECT p, SUM(CASE WHEN dp LIKE '2024-05%' THEN n END) / 31.0 may,
                           SUM(CASE WHEN dp LIKE '2024-06%' THEN n END) / 30.0 june FROM d GROUP BY p)
         SELECT p, ROUND(100.0 * (june - may) / may, 2) FROM m`,
      ) as [string, number][],
    )
    console.log('platform change_pct', change)
    expect(change.android).toBeLessThan(-12)
    expect(Math.abs(change.ios)).toBeLessThan(6)
    expect(Math.abs(change.web)).toBeLessThan(8)
  })

  it('Android sessions get shorter and bouncier after the release; iOS does not', () => {
    const stats = (platform: string, after: boolean) =>
      rows(
        'visible',
        `SELECT AVG(posts_viewed = 0), AVG((julianday(session_end_ts) - julianday(session_start_ts)) * 1440)
         FROM fact_user_sessions WHERE platform_type = '${platform}'
           AND date_partition ${after ? `>= date('${ANDROID_RELEASE}', '+7 days')` : `< '${ANDROID_RELEASE}'`}`,
      )[0] as number[]
    const [bounceBefore, minutesBefore] = stats('android', false)
    const [bounceAfter, minutesAfter] = stats('android', true)
    expect(bounceAfter).toBeGreaterThan(bounceBefore * 2)
    expect(minutesAfter).toBeLessThan(minutesBefore * 0.75)
    const [iosBounceBefore] = stats('ios', false)
    const [iosBounceAfter] = stats('ios', true)
    expect(Math.abs(iosBounceAfter - iosBounceBefore)).toBeLessThan(0.03)
  })
})
