/** The schema engine's pure parts: table-name words, role matching, query renaming, snapshot reading, probe values. */
import { describe, expect, it } from 'vitest'
import { matchEntities, nameWords } from '../../../src/engine/schema/match-entities'
import { buildRenames, planModelProbes, valueFor } from '../../../src/engine/schema/plan-probes'
import { readSchemaSnapshot } from '../../../src/engine/schema/read-schema'
import { toErSchema } from '../../../src/engine/schema/er-schema'
import { gradeDataModel } from '../../../src/engine/schema/grade-data-model'
import { rewriteIdentifiers } from '../../../src/engine/schema/rewrite-query'
import type { ModelSpec, SchemaSnapshot, SchemaTable } from '../../../src/engine/schema/types'

const table = (name: string, columns: string[], primaryKey: string[] = []): SchemaTable => ({
  name,
  columns: columns.map((c) => ({ name: c, type: c.endsWith('_id') ? 'BIGINT' : 'TEXT', notNull: primaryKey.includes(c), primaryKey: primaryKey.includes(c) })),
  primaryKey,
  uniqueKeys: [],
  partitionBy: [],
  indexes: [],
})

const spec: ModelSpec = {
  id: 'test/data-model',
  passMark: 70,
  synonyms: { user_id: ['uid'], activity_date: ['ds'], date_partition: ['ds'] },
  questions: [],
  entities: [
    { role: 'session-fact', label: 'session fact', kind: 'fact', reference: 'fact_user_sessions', nameHints: [['session']], grain: [['session_id']], grainLabel: 'one row per session', measures: [], partition: ['date_partition'], references: [{ column: 'user_id', entity: 'user-dimension' }], required: true },
    { role: 'user-day-fact', label: 'user-day fact', kind: 'fact', reference: 'fact_user_daily_activity', nameHints: [['daily'], ['day'], ['user', 'date']], grain: [['user_id', 'activity_date']], grainLabel: 'one row per user and day', measures: [], references: [{ column: 'user_id', entity: 'user-dimension' }], required: true },
    { role: 'user-dimension', label: 'user dimension', kind: 'dimension', reference: 'dim_users', nameHints: [['user']], grain: [['user_id']], grainLabel: 'one row per user', measures: [], references: [], required: true },
  ],
}

describe('nameWords', () => {
  it('splits on underscores, digits and camelCase, folds plurals and drops fact/dim prefixes', () => {
    expect(nameWords('fact_user_sessions')).toEqual(['user', 'session'])
    expect(nameWords('dimUserActivities2024')).toEqual(['user', 'activity'])
    expect(nameWords('f_ads_status')).toEqual(['ad', 'status'])
  })
})

describe('matchEntities', () => {
  it('matches roles in spec order, one table each, by name first', () => {
    const snapshot: SchemaSnapshot = {
      tables: [table('users', ['uid'], ['uid']), table('user_sessions', ['session_id', 'uid'], ['session_id']), table('daily_user_stats', ['uid', 'ds'])],
    }
    const matches = matchEntities(spec, snapshot)
    expect(matches.map((m) => [m.entity.role, m.table?.name, m.how])).toEqual([
      ['session-fact', 'user_sessions', 'by-name'],
      ['user-day-fact', 'daily_user_stats', 'by-name'],
      ['user-dimension', 'users', 'by-name'],
    ])
  })

  it('falls back to a table holding the role\'s own grain, never to a shared foreign key', () => {
    const snapshot: SchemaSnapshot = { tables: [table('visits', ['session_id', 'user_id'], ['session_id']), table('people', ['user_id'], ['user_id'])] }
    const matches = matchEntities(spec, snapshot)
    expect(matches[0]).toMatchObject({ table: { name: 'visits' }, how: 'by-grain' })
    // user_id is every fact's foreign key, so it alone does not make `people` the user dimension.
    expect(matches[2].table).toBeUndefined()
  })
})

describe('rewriteIdentifiers', () => {
  const renames = new Map([
    ['fact_user_sessions', 'sessions'],
    ['date_partition', 'ds'],
  ])
  it('renames bare and quoted identifiers in brackets, and leaves strings and comments alone', () => {
    const sql = `SELECT date_partition, "date_partition" FROM fact_user_sessions -- date_partition\nWHERE note = 'date_partition' /* fact_user_sessions */`
    expect(rewriteIdentifiers(sql, renames)).toBe(`SELECT [ds], [ds] FROM [sessions] -- date_partition\nWHERE note = 'date_partition' /* fact_user_sessions */`)
  })
  it('is case-insensitive on the reference name', () => {
    expect(rewriteIdentifiers('select DATE_PARTITION from FACT_USER_SESSIONS', renames)).toBe('select [ds] from [sessions]')
  })
})

describe('buildRenames', () => {
  it('maps tables and, table by table, columns to the answer\'s names', () => {
    const answer: SchemaSnapshot = { tables: [table('sessions', ['session_id', 'uid', 'ds'], ['session_id']), table('user_day', ['uid', 'ds']), table('users', ['user_id'], ['user_id'])] }
    const reference: SchemaSnapshot = {
      tables: [table('fact_user_sessions', ['session_id', 'user_id', 'date_partition']), table('fact_user_daily_activity', ['user_id', 'activity_date']), table('dim_users', ['user_id'])],
    }
    const renames = buildRenames(spec, matchEntities(spec, answer), reference)
    expect(Object.fromEntries(renames.tables)).toEqual({ fact_user_sessions: 'sessions', fact_user_daily_activity: 'user_day', dim_users: 'users' })
    // user_id is uid in the facts and user_id in users: each table keeps its own name for it.
    expect(Object.fromEntries(renames.columns.get('fact_user_sessions')!)).toEqual({ session_id: 'session_id', user_id: 'uid', date_partition: 'ds' })
    expect(Object.fromEntries(renames.columns.get('fact_user_daily_activity')!)).toEqual({ user_id: 'uid', activity_date: 'ds' })
    expect(Object.fromEntries(renames.columns.get('dim_users')!)).toEqual({ user_id: 'user_id' })
  })
})

describe('renaming a question table by table', () => {
  // A correct PYMK design named the relationship ends user_id_a / user_id_b but kept
  // user_id_from in its interactions table; renaming across the whole schema turned
  // `i.user_id_from` into `i.user_id_a` ("no such column: i.user_id_a").
  const reference: SchemaSnapshot = {
    tables: [table('fact_user_relationships', ['relationship_id', 'user_id_from', 'user_id_to']), table('fact_user_interactions', ['interaction_id', 'user_id_from', 'user_id_to'])],
  }
  const pairSpec: ModelSpec = {
    ...spec,
    entities: [{ role: 'relationship-fact', label: 'relationship fact', kind: 'fact', reference: 'fact_user_relationships', nameHints: [['friendship']], grain: [['user_id_from', 'user_id_to']], grainLabel: 'pair', measures: [], references: [], required: true }],
    synonyms: { user_id_from: ['user_id_a'], user_id_to: ['user_id_b'] },
  }
  const answer: SchemaSnapshot = { tables: [table('friendships', ['user_id_a', 'user_id_b'], ['user_id_a', 'user_id_b']), table('fact_user_interactions', ['interaction_id', 'user_id_from', 'user_id_to'])] }
  const renames = buildRenames(pairSpec, matchEntities(pairSpec, answer), reference)

  it('renames a qualified column by the table its alias stands for', () => {
    const sql = 'SELECT r.user_id_from FROM fact_user_relationships AS r JOIN fact_user_interactions AS i ON i.user_id_from = r.user_id_from AND i.user_id_to = r.user_id_to'
    expect(rewriteIdentifiers(sql, renames)).toBe('SELECT r.[user_id_a] AS [user_id_from] FROM [friendships] AS r JOIN fact_user_interactions AS i ON i.user_id_from = r.[user_id_a] AND i.user_id_to = r.[user_id_b]')
  })

  it('keeps the reference name of a renamed SELECT item, so an outer query can read it from a CTE', () => {
    const sql = 'WITH pairs AS (SELECT r.user_id_from, r.user_id_to FROM fact_user_relationships AS r) SELECT p.user_id_from FROM pairs AS p'
    expect(rewriteIdentifiers(sql, renames)).toBe(
      'WITH pairs AS (SELECT r.[user_id_a] AS [user_id_from], r.[user_id_b] AS [user_id_to] FROM [friendships] AS r) SELECT p.user_id_from FROM pairs AS p',
    )
    // Inside an expression, or with an alias of its own, a column is only renamed.
    expect(rewriteIdentifiers('SELECT COALESCE(user_id_from, 0), user_id_to AS b FROM fact_user_relationships', renames)).toBe(
      'SELECT COALESCE([user_id_a], 0), [user_id_b] AS b FROM [friendships]',
    )
  })

  it('renames an unqualified column only by the tables the query reads', () => {
    expect(rewriteIdentifiers('SELECT user_id_from FROM fact_user_interactions', renames)).toBe('SELECT user_id_from FROM fact_user_interactions')
    expect(rewriteIdentifiers('SELECT user_id_from FROM fact_user_relationships WHERE user_id_to = 1', renames)).toBe('SELECT [user_id_a] AS [user_id_from] FROM [friendships] WHERE [user_id_b] = 1')
  })
})

describe('planModelProbes', () => {
  it('probes each grain alternative: one row, a duplicate sharing the grain and the day, and rows varying one grain column', () => {
    const answer: SchemaSnapshot = { tables: [table('sessions', ['session_id', 'user_id', 'date_partition', 'note'], ['session_id'])] }
    const probes = planModelProbes(spec, matchEntities(spec, answer), [{ id: 'q', label: 'Q', sql: 'SELECT * FROM fact_user_sessions;' }], new Map([['fact_user_sessions', 'sessions']]))
    expect(probes.map((p) => p.id)).toEqual(['grain:session-fact:0:one', 'grain:session-fact:0:duplicate', 'grain:session-fact:0:vary:session_id', 'question:q'])
    const duplicate = probes[1].sql.split('\n')[1]
    expect(duplicate).toBe(`INSERT INTO "sessions" ("session_id", "user_id", "date_partition", "note") VALUES (1000, 1001, '2024-06-01', 'v1');`)
    expect(probes[3].sql).toBe('SELECT * FROM [sessions];')
  })
})

describe('valueFor', () => {
  it('picks a literal each declared type accepts, three distinct ones', () => {
    const col = (name: string, type: string) => ({ name, type, notNull: false, primaryKey: false })
    expect([0, 1, 2].map((k) => valueFor(col('x', 'BIGINT'), k as 0 | 1 | 2))).toEqual(['1000', '1001', '1002'])
    expect(valueFor(col('flag', 'BOOLEAN'), 1)).toBe('1')
    expect(valueFor(col('amount', 'DECIMAL(10,2)'), 2)).toBe('2.5')
    expect(valueFor(col('created_at', 'VARCHAR(30)'), 0)).toBe("'2024-06-01 10:00:00'")
    expect(valueFor(col('ds', 'STRING'), 1)).toBe("'2024-06-02'")
    expect(valueFor(col('payload', 'JSON'), 0)).toBe(`'{"k": 0}'`)
  })
})

describe('readSchemaSnapshot', () => {
  it('reads columns, the primary key in key order, unique keys and indexes, and the declared partition', () => {
    const rows = [
      ['column', 't', 1, 0, 'b', 'int', 1, 2, null, null, null],
      ['column', 't', 1, 1, 'a', 'varchar(5)', 0, 1, null, null, null],
      ['column', 't', 1, 2, 'c', '', 0, 0, null, null, null],
      ['index', 't', 1, 0, 'a', null, null, null, 'sqlite_autoindex_t_1', 1, 'pk'],
      ['index', 't', 1, 0, 'c', null, null, null, 'sqlite_autoindex_t_2', 1, 'u'],
      ['index', 't', 1, 0, 'b', null, null, null, 'idx_b', 0, 'c'],
    ]
    const snapshot = readSchemaSnapshot(
      { columns: [], rows },
      { sql: '', notes: [], tables: [{ name: 'T', line: 1, partitionBy: ['c'], indexes: [], options: [] }] },
    )
    expect(snapshot.tables).toEqual([
      {
        name: 't',
        columns: [
          { name: 'b', type: 'INT', notNull: true, primaryKey: true },
          { name: 'a', type: 'VARCHAR(5)', notNull: true, primaryKey: true },
          { name: 'c', type: '', notNull: false, primaryKey: false },
        ],
        primaryKey: ['a', 'b'],
        uniqueKeys: [['c']],
        partitionBy: ['c'],
        indexes: [['b']],
      },
    ])
  })
})

describe('toErSchema', () => {
  it('draws a UNIQUE column as unique, not as a primary key', () => {
    const creators: SchemaTable = { ...table('dim_creators', ['creator_id', 'creator_username'], ['creator_id']), uniqueKeys: [['creator_username']] }
    const column = toErSchema({ tables: [creators] }).tables[0].columns.find((c) => c.name === 'creator_username')!
    expect(column.primaryKey).toBe(false)
    expect(column.unique).toBe(true)
  })
})

describe('the relationships check', () => {
  it('does not pass a design that names no relationship at all', () => {
    const answer: SchemaSnapshot = { tables: [table('sessions', ['session_id', 'ds'], ['session_id']), table('daily', ['uid', 'ds'], ['uid', 'ds'])] }
    const matches = matchEntities(spec, answer)
    const grade = gradeDataModel({ spec, answer, reference: answer, matches, questions: [], outcomes: new Map() })
    expect(grade.checks.find((c) => c.id === 'relationships')!.status).toBe('fail')
  })
})
