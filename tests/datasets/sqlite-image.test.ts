import type { SqlJsStatic } from 'sql.js'
import { loadSqlJs } from '../../src/datasets/load-sql-js'
import { buildSqliteImage, createTableSql } from '../../src/datasets/sqlite-image'
import type { Dataset, TableSpec } from '../../src/datasets/types'

const table: TableSpec = {
  name: 'events',
  description: 'test table',
  columns: [
    { name: 'id', type: 'TEXT' },
    { name: 'user_id', type: 'INTEGER', notNull: true },
    { name: 'score', type: 'REAL' },
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'idx_events_user', columns: ['user_id'] }],
}
const data: Dataset = {
  tables: {
    events: [
      { id: 'a', user_id: 1, score: 50 },
      { id: 'b', user_id: 2, score: 0.5 },
      { id: 'c', user_id: 2, score: null },
    ],
  },
}

let SQL: SqlJsStatic
beforeAll(async () => {
  SQL = await loadSqlJs()
})

describe('buildSqliteImage', () => {
  it('creates declared types, keys, NOT NULLs, indexes and rows', () => {
    const db = new SQL.Database(buildSqliteImage(SQL, [table], data))
    const info = db.exec('PRAGMA table_info(events)')[0].values.map((r) => [r[1], r[2], r[3], r[5]])
    expect(info).toEqual([
      ['id', 'TEXT', 0, 1],
      ['user_id', 'INTEGER', 1, 0],
      ['score', 'REAL', 0, 0],
    ])
    expect(db.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'idx_events_user'")[0].values).toHaveLength(1)
    // An integral REAL still reads back as REAL (so 50 vs 50.0 never surprises a learner).
    expect(db.exec("SELECT typeof(score) FROM events WHERE id = 'a'")[0].values[0][0]).toBe('real')
    expect(() => db.run("INSERT INTO events VALUES ('a', 3, 1)")).toThrow(/UNIQUE/)
    expect(() => db.run("INSERT INTO events VALUES ('z', NULL, 1)")).toThrow(/NOT NULL/)
    db.close()
  })

  it('gives the same bytes for the same rows, and different bytes for different rows', () => {
    const a = buildSqliteImage(SQL, [table], data)
    expect(buildSqliteImage(SQL, [table], data)).toEqual(a)
    const changed = { tables: { events: [...data.tables.events, { id: 'd', user_id: 3, score: 1 }] } }
    expect(buildSqliteImage(SQL, [table], changed)).not.toEqual(a)
  })

  it('refuses rows missing a column instead of storing NULL', () => {
    expect(() => buildSqliteImage(SQL, [table], { tables: { events: [{ id: 'x', user_id: 1 }] } })).toThrow(/lacks column score/)
  })

  it('can cluster a table on its key', () => {
    expect(createTableSql({ ...table, withoutRowid: true })).toMatch(/\) WITHOUT ROWID$/)
  })
})
