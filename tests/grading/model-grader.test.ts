/**
 * The data-model grader end to end on a small spec of our own (sql.js in process): each check
 * fires on the design flaw it exists for, and only on it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import type { ModelGrade, ModelSpec } from '../../src/engine/schema/types'
import { createModelGrader, type ModelGrader } from '../../src/grading/model-grader'
import { createInProcessSqlSandbox } from '../../src/sql-sandbox/in-process-sql-client'

const spec: ModelSpec = {
  id: 'test/data-model',
  passMark: 70,
  synonyms: { user_id: ['uid'], activity_date: ['ds', 'date'], date_partition: ['ds'] },
  questions: [{ id: 'dau', label: 'DAU per day', sql: 'SELECT activity_date, COUNT(*) FROM fact_user_daily_activity WHERE is_dau = 1 GROUP BY activity_date' }],
  entities: [
    {
      role: 'session-fact',
      label: 'session fact',
      kind: 'fact',
      reference: 'fact_user_sessions',
      nameHints: [['session']],
      grain: [['session_id']],
      grainLabel: 'one row per session',
      measures: ['posts_viewed'],
      partition: ['date_partition'],
      references: [{ column: 'user_id', entity: 'user-dimension' }],
      required: true,
    },
    {
      role: 'user-day-fact',
      label: 'user-day activity fact',
      kind: 'fact',
      reference: 'fact_user_daily_activity',
      nameHints: [['daily'], ['day'], ['activity']],
      grain: [['user_id', 'activity_date']],
      grainLabel: 'one row per user and day',
      measures: ['total_sessions', 'is_dau'],
      partition: ['activity_date'],
      references: [{ column: 'user_id', entity: 'user-dimension' }],
      required: true,
    },
    {
      role: 'user-dimension',
      label: 'user dimension',
      kind: 'dimension',
      reference: 'dim_users',
      nameHints: [['user'], ['cohort']],
      grain: [['user_id']],
      grainLabel: 'one row per user',
      measures: [],
      references: [],
      required: true,
    },
  ],
}

const REFERENCE = `
CREATE TABLE fact_user_sessions (session_id TEXT PRIMARY KEY, user_id INTEGER NOT NULL, posts_viewed INTEGER NOT NULL,
  date_partition TEXT NOT NULL) PARTITION BY date_partition;
CREATE TABLE fact_user_daily_activity (user_id INTEGER NOT NULL, activity_date TEXT NOT NULL, is_dau INTEGER NOT NULL,
  total_sessions INTEGER NOT NULL, PRIMARY KEY (user_id, activity_date)) PARTITION BY activity_date;
CREATE TABLE dim_users (user_id INTEGER PRIMARY KEY, registration_date TEXT NOT NULL);`

const questions = [{ id: 'sessions', label: 'Sessions per day', sql: 'SELECT date_partition, COUNT(*) FROM fact_user_sessions GROUP BY date_partition' }]

let grader: ModelGrader
const grade = (answer: string): Promise<ModelGrade> => grader.grade({ spec, reference: REFERENCE, questions, answer })
const failed = (g: ModelGrade) => g.checks.filter((c) => c.status !== 'pass').map((c) => c.id)

beforeAll(async () => {
  grader = createModelGrader(createInProcessSqlSandbox(await loadSqlJs()))
})

describe('createModelGrader', () => {
  it('accepts the reference with every check passed and both questions answered', async () => {
    const g = await grade(REFERENCE)
    expect(failed(g)).toEqual([])
    expect(g).toMatchObject({ verdict: 'accepted', score: 100 })
    expect(g.questions.every((q) => q.answerable)).toBe(true)
    expect(g.diagrams.reference.tables.every((t) => !t.missing)).toBe(true)
  })

  it('accepts other names, synonyms and dialects, and answers the questions through renamed identifiers', async () => {
    const g = await grade(`
      CREATE TABLE sessions (session_id VARCHAR(64) NOT NULL, uid BIGINT NOT NULL, posts_viewed INT, ds DATE NOT NULL,
        PRIMARY KEY (session_id), INDEX idx_uid (uid)) PARTITION BY ds;
      CREATE TABLE user_day (uid BIGINT NOT NULL, ds DATE NOT NULL, is_dau BOOLEAN, total_sessions INT, UNIQUE (uid, ds));
      CREATE TABLE users (uid BIGINT PRIMARY KEY, signup_date DATE);`)
    expect(failed(g)).toEqual([])
    expect(g.verdict).toBe('accepted')
    expect(g.checks.find((c) => c.id === 'entity:user-day-fact')?.message).toContain('user_day')
    expect(g.questions.map((q) => q.answerable)).toEqual([true, true])
  })

  it('rejects one wide table', async () => {
    const g = await grade(`CREATE TABLE user_sessions (session_id TEXT PRIMARY KEY, user_id INT, activity_date TEXT, posts_viewed INT,
      registration_date TEXT, is_dau INT, total_sessions INT, date_partition TEXT NOT NULL);`)
    expect(g.verdict).toBe('rejected')
    expect(failed(g)).toContain('one-wide-table')
    expect(g.feedback[0]).toMatch(/one table/i)
    expect(g.diagrams.reference.tables.filter((t) => t.missing).map((t) => t.name)).toEqual(['fact_user_daily_activity', 'dim_users'])
  })

  it('rejects a design without keys, naming the table that stores duplicates', async () => {
    const g = await grade(`
      CREATE TABLE fact_user_sessions (session_id TEXT, user_id INT, posts_viewed INT, date_partition TEXT);
      CREATE TABLE fact_user_daily_activity (user_id INT, activity_date TEXT, is_dau INT, total_sessions INT);
      CREATE TABLE dim_users (user_id INT, registration_date TEXT);`)
    expect(g.verdict).toBe('rejected')
    expect(failed(g)).toEqual(expect.arrayContaining(['grain:session-fact', 'grain:user-day-fact', 'grain:user-dimension', 'keys-not-null']))
    expect(g.feedback.join('\n')).toContain('fact_user_daily_activity accepts two rows for the same user_id and activity_date')
  })

  it('rejects a key wider than the grain and a key narrower than it', async () => {
    const wider = await grade(REFERENCE.replace('PRIMARY KEY (user_id, activity_date)', 'PRIMARY KEY (user_id, activity_date, total_sessions)'))
    expect(failed(wider)).toEqual(['grain:user-day-fact'])
    expect(wider.verdict).toBe('rejected')
    const narrower = await grade(REFERENCE.replace('PRIMARY KEY (user_id, activity_date)', 'PRIMARY KEY (user_id)'))
    expect(failed(narrower)).toEqual(['grain:user-day-fact'])
    expect(narrower.checks.find((c) => c.id === 'grain:user-day-fact')?.message).toContain('narrower than its grain')
  })

  it('rejects a surrogate id with nothing unique at the grain, and accepts it once the grain is UNIQUE', async () => {
    const surrogate = REFERENCE.replace(
      'CREATE TABLE fact_user_daily_activity (user_id',
      'CREATE TABLE fact_user_daily_activity (id INTEGER PRIMARY KEY, user_id',
    ).replace(', PRIMARY KEY (user_id, activity_date))', ')')
    expect(failed(await grade(surrogate))).toEqual(['grain:user-day-fact'])
    const fixed = surrogate.replace('total_sessions INTEGER NOT NULL)', 'total_sessions INTEGER NOT NULL, UNIQUE (user_id, activity_date))')
    expect((await grade(fixed)).verdict).toBe('accepted')
  })

  it('flags text measures, a missing date partition and mismatched join names without rejecting for them alone', async () => {
    const g = await grade(`
      CREATE TABLE fact_user_sessions (session_id TEXT PRIMARY KEY, user_id INTEGER NOT NULL, posts_viewed VARCHAR(10), started_at TIMESTAMP NOT NULL);
      CREATE TABLE fact_user_daily_activity (user_id INTEGER NOT NULL, activity_date TEXT NOT NULL, is_dau INTEGER, total_sessions INTEGER,
        PRIMARY KEY (user_id, activity_date)) PARTITION BY activity_date;
      CREATE TABLE dim_users (uid INTEGER PRIMARY KEY);`)
    expect(failed(g)).toEqual(expect.arrayContaining(['measures', 'partition:session-fact', 'relationships']))
    const text = g.feedback.join('\n')
    // Accepted: the optional checks it fails say their fix right away.
    expect(text).toContain('fact_user_sessions.posts_viewed (VARCHAR(10)) is not a number')
    expect(text).toContain('Make fact_user_sessions.posts_viewed a number type')
    expect(text).toContain('fact_user_sessions is a large fact with no date column')
    expect(text).toContain('fact_user_sessions.user_id joins dim_users.uid, but the names differ')
  })

  it('counts a declared FOREIGN KEY / REFERENCES as a relationship, whatever the names, and draws it', async () => {
    const g = await grade(`
      CREATE TABLE fact_user_sessions (session_id TEXT PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES dim_users (uid),
        posts_viewed INTEGER NOT NULL, date_partition TEXT NOT NULL) PARTITION BY date_partition;
      CREATE TABLE fact_user_daily_activity (user_id INTEGER NOT NULL, activity_date TEXT NOT NULL, is_dau INTEGER NOT NULL,
        total_sessions INTEGER NOT NULL, PRIMARY KEY (user_id, activity_date), FOREIGN KEY (user_id) REFERENCES dim_users) PARTITION BY activity_date;
      CREATE TABLE dim_users (uid INTEGER PRIMARY KEY);`)
    expect(g.checks.find((c) => c.id === 'relationships')).toMatchObject({ status: 'pass' })
    expect(g.diagrams.answer.edges).toEqual(
      expect.arrayContaining([
        { from: { table: 'fact_user_sessions', column: 'member_id' }, to: { table: 'dim_users', column: 'uid' } },
        { from: { table: 'fact_user_daily_activity', column: 'user_id' }, to: { table: 'dim_users', column: 'uid' } },
      ]),
    )
    const sessions = g.diagrams.answer.tables.find((t) => t.name === 'fact_user_sessions')!
    expect(sessions.columns.find((c) => c.name === 'member_id')?.foreignKey).toBe(true)
  })

  it('rejects a fact with no measures at all (it cannot answer "how many")', async () => {
    const g = await grade(REFERENCE.replace('posts_viewed INTEGER NOT NULL,\n', ''))
    expect(g.verdict).toBe('rejected')
    expect(g.checks.find((c) => c.id === 'measures')).toMatchObject({ status: 'fail', required: true })
    expect(g.feedback[0]).toContain('fact_user_sessions has none of its measures')
    // Rejected: the fix waits behind the hint.
    expect(g.feedback.join('\n')).not.toContain('such as posts_viewed')
    expect(g.diagnosis).toMatchObject({ source: 'check', fix: expect.stringContaining('Give fact_user_sessions its measures as number columns, such as posts_viewed') })
  })

  it('judges keys as declared, and tries no question, when the DDL itself is slow to run', async () => {
    const slowGrader = createModelGrader(createInProcessSqlSandbox(await loadSqlJs()), { slowDdlMs: -1 })
    const good = await slowGrader.grade({ spec, reference: REFERENCE, questions, answer: REFERENCE })
    expect(good.checks.filter((c) => c.id.startsWith('grain:')).every((c) => c.status === 'pass')).toBe(true)
    expect(good.questions.every((q) => !q.answerable && /^not tried: your DDL takes \d+ ms to run$/.test(q.reason ?? ''))).toBe(true)
    const surrogate = REFERENCE.replace('PRIMARY KEY (user_id, activity_date)', 'id INTEGER UNIQUE')
    const bad = await slowGrader.grade({ spec, reference: REFERENCE, questions, answer: surrogate })
    expect(bad.checks.find((c) => c.id === 'grain:user-day-fact')).toMatchObject({ status: 'fail' })
    expect(bad.verdict).toBe('rejected')
  })

  it('rejects a partition on an id column', async () => {
    const g = await grade(REFERENCE.replace('PARTITION BY date_partition', 'PARTITION BY user_id'))
    expect(g.checks.find((c) => c.id === 'partition:session-fact')).toMatchObject({ status: 'fail' })
  })

  it('reports a DDL error with its line and no probe runs', async () => {
    const g = await grade('CREATE TABLE ok_table (a INT);\nCREATE TABLE broken (a INT,, b INT);')
    expect(g.verdict).toBe('rejected')
    expect(g.feedback[0]).toMatch(/^Line 2: /)
    expect(g.diagrams.reference.tables).toHaveLength(3)
  })

  it('rejects text that creates no table', async () => {
    const g = await grade('-- thinking about it\nSELECT 1;')
    expect(g.verdict).toBe('rejected')
    expect(g.feedback[0]).toMatch(/CREATE TABLE/)
  })
})
