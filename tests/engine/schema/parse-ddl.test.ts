import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js'
import { NO_CREATE_TABLE_MESSAGE, parseDdl } from '../../../src/engine/schema/parse-ddl'
import type { ParsedDdl } from '../../../src/engine/schema/types'

let SQL: SqlJsStatic
beforeAll(async () => {
  SQL = await initSqlJs()
})

/** Parses an answer that must be accepted. */
function parseOk(text: string): ParsedDdl {
  const outcome = parseDdl(text)
  if (!outcome.ok) throw new Error(`parseDdl failed: line ${outcome.error.line}: ${outcome.error.message}`)
  return outcome.ddl
}

/** Runs the preprocessed SQL on a fresh database, as the sandbox does. */
function execute(ddl: ParsedDdl): Database {
  const db = new SQL.Database()
  db.exec(ddl.sql)
  return db
}

function parseAndRun(text: string): { ddl: ParsedDdl; db: Database } {
  const ddl = parseOk(text)
  return { ddl, db: execute(ddl) }
}

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql)
  if (!result) return []
  return result.values.map((row) => Object.fromEntries(result.columns.map((c, k) => [c, row[k]])))
}

function tableNames(db: Database): string[] {
  return rows(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").map((r) => String(r.name))
}

/** `name TYPE [NN] [PKn]` per column, for compact assertions. */
function columnsOf(db: Database, table: string): string[] {
  return rows(db, `SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info('${table}')`).map(
    (r) => `${r.name} ${r.type}${r.nn ? ' NN' : ''}${r.pk ? ` PK${r.pk}` : ''}`.trim(),
  )
}

function columnNames(db: Database, table: string): string[] {
  return rows(db, `SELECT name FROM pragma_table_info('${table}')`).map((r) => String(r.name))
}

/** Indexes SQLite holds for a table, `name(unique): cols`, sorted. */
function indexesOf(db: Database, table: string): string[] {
  return rows(db, `SELECT name, "unique" AS u FROM pragma_index_list('${table}')`)
    .map((r) => {
      const cols = rows(db, `SELECT name FROM pragma_index_info('${String(r.name)}') ORDER BY seqno`).map((c) => c.name)
      return `${r.name}${r.u ? ' unique' : ''}: ${cols.join(',')}`
    })
    .sort()
}

function lineCount(text: string): number {
  return text.split('\n').length
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  return lineCount(text.slice(0, at))
}

/** Runs statements one by one; returns the 1-based line where the failing statement starts, or null. */
function failingStatementLine(sql: string): { line: number; message: string } | null {
  const db = new SQL.Database()
  const iterator = db.iterateStatements(sql)
  try {
    for (const statement of iterator) {
      statement.step()
      statement.free()
    }
    return null
  } catch (error) {
    // The iterator stops before the statement it could not prepare: it starts where the rest does,
    // after blank space and comments.
    const remaining = iterator.getRemainingSQL()
    const skipped = /^(?:\s|--[^\n]*)*/.exec(remaining)?.[0].length ?? 0
    return { line: lineCount(sql.slice(0, sql.length - remaining.length + skipped)), message: String(error) }
  }
}

describe('parseDdl: the seed material', () => {
  it('runs Solution 1.2 (shorthand tables, PARTITION BY) and records the partitions', () => {
    const { ddl, db } = parseAndRun(SEED_FEED)
    expect(tableNames(db)).toEqual(['fact_user_sessions', 'fact_user_daily_activity', 'dim_user_cohorts'])
    expect(ddl.tables.map((t) => [t.name, t.line, t.partitionBy])).toEqual([
      ['fact_user_sessions', 2, ['date_partition']],
      ['fact_user_daily_activity', 31, ['activity_date']],
      ['dim_user_cohorts', 52, []],
    ])
    expect(columnsOf(db, 'fact_user_sessions').slice(0, 3)).toEqual([
      'session_id VARCHAR(50) PK1',
      'user_id BIGINT NN',
      'session_start_ts TIMESTAMP NN',
    ])
    expect(columnsOf(db, 'fact_user_daily_activity')).toContain('activity_date DATE PK2')
    expect(columnsOf(db, 'fact_user_sessions')).toContain('max_scroll_depth_pct DECIMAL(5,2)')
    expect(ddl.notes).toContain('Read "fact_user_sessions (" as "CREATE TABLE fact_user_sessions (".')
    expect(ddl.notes).toHaveLength(3)
    expect(lineCount(ddl.sql)).toBe(lineCount(SEED_FEED))
    expect(ddl.tables.every((t) => t.options.length === 0 && t.indexes.length === 0)).toBe(true)
  })

  it('runs Solution 2 Part A, JSON column included', () => {
    const { ddl, db } = parseAndRun(SEED_REELS)
    expect(tableNames(db)).toEqual(['fact_reels_events', 'fact_reels_sessions', 'dim_videos', 'dim_creators', 'dim_users'])
    expect(columnsOf(db, 'dim_users')).toContain('preferred_categories JSON')
    expect(ddl.tables.map((t) => t.partitionBy)).toEqual([[], [], [], [], []])
  })

  it('runs Solution 3.2', () => {
    const { ddl, db } = parseAndRun(SEED_ADS)
    expect(tableNames(db)).toEqual(['fact_ad_events', 'fact_attribution_paths'])
    expect(ddl.tables[0].partitionBy).toEqual(['date_partition'])
    expect(columnsOf(db, 'fact_attribution_paths').filter((c) => / PK/.test(c))).toEqual([
      'user_id BIGINT PK1',
      'conversion_event_id VARCHAR(50) PK2',
    ])
  })

  it('runs Solution 6.2: inline INDEX lines become CREATE INDEX statements', () => {
    const { ddl, db } = parseAndRun(SEED_PYMK)
    expect(tableNames(db)).toEqual(['fact_user_relationships', 'fact_pymk_suggestions', 'dim_user_privacy'])
    expect(ddl.tables[0].indexes).toEqual([
      { name: 'idx_user_from', columns: ['user_id_from'], unique: false },
      { name: 'idx_user_to', columns: ['user_id_to'], unique: false },
    ])
    expect(indexesOf(db, 'fact_user_relationships')).toEqual([
      'fact_user_relationships__idx_user_from: user_id_from',
      'fact_user_relationships__idx_user_to: user_id_to',
      'sqlite_autoindex_fact_user_relationships_1 unique: relationship_id',
    ])
    expect(columnNames(db, 'fact_user_relationships')).not.toContain('INDEX')
    expect(columnNames(db, 'fact_user_relationships').at(-1)).toBe('interaction_score')
    expect(ddl.tables[1].partitionBy).toEqual(['date_partition'])
    expect(columnsOf(db, 'dim_user_privacy')).toContain('allow_friend_suggestions BOOLEAN')
    // The answer's lines come first, unchanged in number; the indexes follow its last line.
    const answerPart = ddl.sql.split('\n').slice(0, lineCount(SEED_PYMK)).join('\n')
    expect(answerPart).not.toMatch(/CREATE INDEX/)
    expect(ddl.sql).toMatch(/CREATE INDEX "fact_user_relationships__idx_user_from" ON "fact_user_relationships" \("user_id_from"\);/)
  })
})

describe('parseDdl: types', () => {
  it('keeps the types SQLite already accepts as written', () => {
    const { ddl, db } = parseAndRun(`CREATE TABLE t (
  a VARCHAR(50), b DECIMAL(10,2), c BIGINT, d BOOLEAN, e TIMESTAMP, f DATE, g JSON, h TEXT,
  i DOUBLE PRECISION, j TIMESTAMP WITH TIME ZONE, k TIMESTAMP WITHOUT TIME ZONE, l INT UNSIGNED
);`)
    expect(columnsOf(db, 't')).toEqual([
      'a VARCHAR(50)', 'b DECIMAL(10,2)', 'c BIGINT', 'd BOOLEAN', 'e TIMESTAMP', 'f DATE', 'g JSON', 'h TEXT',
      'i DOUBLE PRECISION', 'j TIMESTAMP WITH TIME ZONE', 'k TIMESTAMP WITHOUT TIME ZONE', 'l INT UNSIGNED',
    ])
    expect(ddl.notes).toEqual([])
  })

  it('reads ENUM, ARRAY<>, MAP<>, STRUCT<> as TEXT and drops Postgres [] suffixes', () => {
    const answer = `CREATE TABLE t (
  status ENUM('active', 'it''s, done') NOT NULL,
  tags ARRAY<STRING>,
  attrs MAP<STRING, INT>,
  device STRUCT<os: STRING, versions: ARRAY<INT>>,
  ids INT[],
  names TEXT[][] NOT NULL,
  flags SET('a','b')
);`
    const { ddl, db } = parseAndRun(answer)
    expect(columnsOf(db, 't')).toEqual(['status TEXT NN', 'tags TEXT', 'attrs TEXT', 'device TEXT', 'ids INT', 'names TEXT NN', 'flags TEXT'])
    expect(lineCount(ddl.sql)).toBe(lineCount(answer))
    // The rewritten type is padded to the written one's length: the rest of the line stays in place.
    expect(ddl.sql.split('\n')[1]).toMatch(/^  status TEXT +NOT NULL,$/)
    expect(ddl.sql.split('\n')[1]).toHaveLength(answer.split('\n')[1].length)
  })
})

describe('parseDdl: column constraints', () => {
  it('blanks the MySQL, Postgres, T-SQL and Redshift words SQLite rejects', () => {
    const answer = `CREATE TABLE t (
  id BIGINT PRIMARY KEY AUTO_INCREMENT COMMENT 'surrogate, key',
  n INT GENERATED ALWAYS AS IDENTITY,
  m INT GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1),
  k INT IDENTITY(1,1),
  name VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENCODE zstd,
  region VARCHAR(10) DISTKEY,
  ts TIMESTAMP SORTKEY,
  updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  created_at TIMESTAMP DEFAULT NOW(),
  uid TEXT DEFAULT gen_random_uuid()
);`
    const { ddl, db } = parseAndRun(answer)
    expect(columnsOf(db, 't')).toEqual([
      'id BIGINT PK1', 'n INT', 'm INT', 'k INT', 'name VARCHAR(50)', 'region VARCHAR(10)', 'ts TIMESTAMP',
      'updated_at TIMESTAMP', 'created_at TIMESTAMP', 'uid TEXT',
    ])
    const defaults = rows(db, "SELECT name, dflt_value FROM pragma_table_info('t') WHERE dflt_value IS NOT NULL")
    expect(defaults).toEqual([
      { name: 'updated_at', dflt_value: 'CURRENT_TIMESTAMP' },
      { name: 'created_at', dflt_value: 'CURRENT_TIMESTAMP' },
    ])
    expect(ddl.notes).toEqual(['Set aside "DEFAULT gen_random_uuid()" on line 11: SQLite cannot call a function in DEFAULT.'])
    expect(lineCount(ddl.sql)).toBe(lineCount(answer))
  })

  it('keeps what SQLite accepts: DEFAULT TRUE, CHECK, UNIQUE, REFERENCES ... ON UPDATE CASCADE, INTEGER AUTOINCREMENT', () => {
    const answer = `CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT UNIQUE NOT NULL COLLATE NOCASE);
CREATE TABLE t (
  id INT PRIMARY KEY,
  user_id INT REFERENCES u(id) ON UPDATE CASCADE,
  active BOOLEAN DEFAULT TRUE,
  score INT CHECK (score BETWEEN 0 AND 100),
  at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);`
    const { ddl, db } = parseAndRun(answer)
    expect(ddl.sql.split('\n').slice(0, 8).join('\n')).toBe(answer)
    expect(rows(db, "SELECT \"table\", \"from\", \"to\", on_update FROM pragma_foreign_key_list('t')")).toEqual([
      { table: 'u', from: 'user_id', to: 'id', on_update: 'CASCADE' },
    ])
    expect(() => db.exec('INSERT INTO t (id, score) VALUES (1, 101)')).toThrow(/CHECK/)
    expect(indexesOf(db, 'u')).toEqual(['sqlite_autoindex_u_1 unique: email'])
  })

  it("blanks MySQL's column UNIQUE KEY and Postgres ::casts", () => {
    const { db } = parseAndRun("CREATE TABLE t (email VARCHAR(100) UNIQUE KEY, status VARCHAR(10) DEFAULT 'new'::character varying(10));")
    expect(indexesOf(db, 't')).toEqual(['sqlite_autoindex_t_1 unique: email'])
    expect(rows(db, "SELECT dflt_value FROM pragma_table_info('t') WHERE name = 'status'")).toEqual([{ dflt_value: "'new'" }])
  })

  it('blanks BigQuery NOT ENFORCED and schema qualifiers in REFERENCES', () => {
    const { ddl, db } = parseAndRun(`CREATE TABLE d (id INT PRIMARY KEY);
CREATE TABLE f (id INT, d_id INT REFERENCES analytics.d(id), PRIMARY KEY (id) NOT ENFORCED);`)
    expect(columnsOf(db, 'f')).toEqual(['id INT PK1', 'd_id INT'])
    expect(ddl.notes).toEqual(['Read "analytics.d" as "d": SQLite has no schemas.'])
  })
})

describe('parseDdl: inline indexes', () => {
  it('removes every inline index form from the column list, wherever it stands', () => {
    const answer = `CREATE TABLE t (
  INDEX idx_first (a),
  a INT,
  KEY idx_b (b, a),
  b INT,
  UNIQUE INDEX uq_c (c),
  c TEXT,
  UNIQUE KEY uq_ab (a, b),
  INDEX (c),
  KEY \`idx_q\` (\`b\`(10) DESC)
);`
    const { ddl, db } = parseAndRun(answer)
    expect(columnNames(db, 't')).toEqual(['a', 'b', 'c'])
    expect(ddl.tables[0].indexes).toEqual([
      { name: 'idx_first', columns: ['a'], unique: false },
      { name: 'idx_b', columns: ['b', 'a'], unique: false },
      { name: 'uq_c', columns: ['c'], unique: true },
      { name: 'uq_ab', columns: ['a', 'b'], unique: true },
      { name: 'idx_c', columns: ['c'], unique: false },
      { name: 'idx_q', columns: ['b'], unique: false },
    ])
    expect(indexesOf(db, 't')).toEqual([
      't__idx_b: b,a',
      't__idx_c: c',
      't__idx_first: a',
      't__idx_q: b',
      't__uq_ab unique: a,b',
      't__uq_c unique: c',
    ])
    const appended = ddl.sql.split('\n').slice(lineCount(answer)).filter((line) => line.trim() !== '')
    expect(appended).toHaveLength(6)
    expect(appended.every((line) => /^CREATE (UNIQUE )?INDEX "t__\w+" ON "t" \(.+\);$/.test(line))).toBe(true)
  })

  it('reads a column called key or index as a column, not an index', () => {
    const { ddl, db } = parseAndRun('CREATE TABLE kv (key TEXT PRIMARY KEY, "index" INT, index2 INT, key2 VARCHAR(20), value TEXT)')
    expect(columnNames(db, 'kv')).toEqual(['key', 'index', 'index2', 'key2', 'value'])
    expect(ddl.tables[0].indexes).toEqual([])
    const { ddl: ddl2, db: db2 } = parseAndRun('CREATE TABLE kv (index VARCHAR(20), key INT NOT NULL, order INT)')
    expect(columnsOf(db2, 'kv')).toEqual(['index VARCHAR(20)', 'key INT NN', 'order INT'])
    expect(ddl2.tables[0].indexes).toEqual([])
    expect(ddl2.notes).toEqual([
      'Read the column name index on line 1 as "index": SQLite reserves the word.',
      'Read the column name order on line 1 as "order": SQLite reserves the word.',
    ])
  })

  it('appends a ";" before the CREATE INDEX statements when the answer ends without one', () => {
    const { db } = parseAndRun('CREATE TABLE t (a INT, INDEX i (a)) -- no semicolon')
    expect(indexesOf(db, 't')).toEqual(['t__i: a'])
  })
})

describe('parseDdl: clauses after the column list', () => {
  it.each([
    ['PARTITION BY date_partition', ['date_partition']],
    ['PARTITION BY (date_partition, hour_partition)', ['date_partition', 'hour_partition']],
    ["PARTITION BY RANGE (date_partition) (PARTITION p0 VALUES LESS THAN ('2024-01-01'))", ['date_partition']],
    ['PARTITION BY RANGE COLUMNS(date_partition) PARTITIONS 4', ['date_partition']],
    ['PARTITION BY DATE(ts)', ['ts']],
    ['PARTITION BY DATE_TRUNC(ts, MONTH)', ['ts']],
    ['PARTITIONED BY (date_partition)', ['date_partition']],
    ['PARTITION BY date_partition, hour_partition', ['date_partition', 'hour_partition']],
  ])('reads %s', (clause, expected) => {
    const { ddl, db } = parseAndRun(`CREATE TABLE f (
  id INT PRIMARY KEY, ts TIMESTAMP, date_partition DATE, hour_partition INT
)
${clause};`)
    expect(ddl.tables[0].partitionBy).toEqual(expected)
    expect(ddl.tables[0].options).toEqual([])
    expect(columnNames(db, 'f')).toEqual(['id', 'ts', 'date_partition', 'hour_partition'])
  })

  it("adds Hive's typed PARTITIONED BY columns to the column list, after the last column", () => {
    const answer = `CREATE EXTERNAL TABLE events (
  user_id BIGINT,
  event_type STRING
)
COMMENT 'raw events'
PARTITIONED BY (ds STRING COMMENT 'day', hr INT)
CLUSTERED BY (user_id) SORTED BY (user_id) INTO 8 BUCKETS
STORED AS PARQUET
LOCATION 's3://bucket/events/'
TBLPROPERTIES ('parquet.compression' = 'SNAPPY');`
    const { ddl, db } = parseAndRun(answer)
    expect(columnsOf(db, 'events')).toEqual(['user_id BIGINT', 'event_type STRING', 'ds STRING', 'hr INT'])
    expect(ddl.tables[0]).toMatchObject({
      name: 'events',
      partitionBy: ['ds', 'hr'],
      options: [
        "COMMENT 'raw events'",
        'CLUSTERED BY (user_id) SORTED BY (user_id) INTO 8 BUCKETS',
        'STORED AS PARQUET',
        "LOCATION 's3://bucket/events/'",
        "TBLPROPERTIES ('parquet.compression' = 'SNAPPY')",
      ],
    })
    expect(ddl.sql.split('\n')[2]).toBe('  event_type STRING, ds STRING, hr INT')
    expect(ddl.notes).toEqual(['Read "CREATE EXTERNAL TABLE" as "CREATE TABLE".'])
    expect(lineCount(ddl.sql)).toBe(lineCount(answer))
  })

  it('puts Hive partition columns before table constraints, which SQLite wants last', () => {
    const answer = `CREATE TABLE sessions (
  session_id STRING NOT NULL,  -- the key
  views INT,
  PRIMARY KEY (session_id)
)
PARTITIONED BY (ds STRING);`
    const { ddl, db } = parseAndRun(answer)
    expect(columnsOf(db, 'sessions')).toEqual(['session_id STRING NN PK1', 'views INT', 'ds STRING'])
    expect(ddl.sql.split('\n')[2]).toBe('  views INT, ds STRING,')
    expect(ddl.tables[0].partitionBy).toEqual(['ds'])
  })

  it.each([
    ['ENGINE=InnoDB DEFAULT CHARSET=utf8mb4', ['ENGINE=InnoDB', 'DEFAULT CHARSET=utf8mb4']],
    ['ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4', ['ENGINE=InnoDB', 'DEFAULT CHARSET=utf8mb4']],
    ['DISTSTYLE KEY DISTKEY(id) COMPOUND SORTKEY(id, d)', ['DISTSTYLE KEY', 'DISTKEY(id)', 'COMPOUND SORTKEY(id, d)']],
    ["PARTITION BY d CLUSTER BY id, d OPTIONS(description = 'x')", ['CLUSTER BY id, d', "OPTIONS(description = 'x')"]],
    ['WITH (fillfactor = 70)', ['WITH (fillfactor = 70)']],
    ['PRIMARY INDEX (id)', ['PRIMARY INDEX (id)']],
  ])('sets aside %s', (clause, options) => {
    const { ddl, db } = parseAndRun(`CREATE TABLE t (id INT, d DATE) ${clause};`)
    expect(ddl.tables[0].options).toEqual(options)
    expect(columnNames(db, 't')).toEqual(['id', 'd'])
  })

  it('keeps WITHOUT ROWID and STRICT, which SQLite runs', () => {
    const { ddl, db } = parseAndRun('CREATE TABLE t (id INTEGER PRIMARY KEY, d TEXT) ENGINE=InnoDB WITHOUT ROWID, STRICT;')
    expect(ddl.tables[0].options).toEqual(['ENGINE=InnoDB'])
    expect(rows(db, "SELECT wr, strict FROM pragma_table_list('t')")).toEqual([{ wr: 1, strict: 1 }])
  })
})

describe('parseDdl: leniency', () => {
  it('accepts the CREATE TABLE variants of the common dialects', () => {
    const answer = `CREATE TABLE IF NOT EXISTS a (id INT);
CREATE OR REPLACE TABLE b (id INT);
CREATE TEMP TABLE c (id INT);
CREATE TABLE analytics.fact_x (id INT);
CREATE TABLE \`proj.ds.dim_y\` (id INT);
analytics.fact_z (id INT);`
    const { ddl, db } = parseAndRun(answer)
    expect(ddl.tables.map((t) => [t.name, t.line])).toEqual([
      ['a', 1], ['b', 2], ['c', 3], ['fact_x', 4], ['dim_y', 5], ['fact_z', 6],
    ])
    expect(tableNames(db)).toEqual(['a', 'b', 'fact_x', 'dim_y', 'fact_z'])
    expect(rows(db, "SELECT name FROM temp.sqlite_schema WHERE type = 'table'")).toEqual([{ name: 'c' }])
    expect(ddl.notes).toEqual([
      'Read "CREATE OR REPLACE TABLE" as "CREATE TABLE".',
      'Read "analytics.fact_x" as "fact_x": SQLite has no schemas.',
      'Read `proj.ds.dim_y` as "dim_y": SQLite has no schemas.',
      'Read "analytics.fact_z (" as "CREATE TABLE analytics.fact_z (".',
      'Read "analytics.fact_z" as "fact_z": SQLite has no schemas.',
    ])
    expect(lineCount(ddl.sql)).toBe(lineCount(answer))
  })

  it('adds the ";" an answer left out between two tables', () => {
    const answer = `fact_a (
  id INT
)
PARTITION BY id

dim_b (
  id INT
)
CREATE TABLE c (id INT)`
    const { ddl, db } = parseAndRun(answer)
    expect(tableNames(db)).toEqual(['fact_a', 'dim_b', 'c'])
    expect(ddl.tables.map((t) => [t.name, t.line, t.partitionBy])).toEqual([
      ['fact_a', 1, ['id']], ['dim_b', 6, []], ['c', 9, []],
    ])
    expect(ddl.notes).toContain('Added the missing ";" after the statement ending on line 4.')
  })

  it('keeps CREATE INDEX, CREATE VIEW and other statements; sets aside COMMENT ON', () => {
    const answer = `DROP TABLE IF EXISTS t;
CREATE TABLE t (id INT, d DATE);
CREATE INDEX idx_d ON analytics.t (d);
CREATE VIEW v AS SELECT id FROM t;
INSERT INTO t VALUES (1, '2024-01-01');
COMMENT ON TABLE t IS 'one row per thing';
SELECT * FROM t;`
    const { ddl, db } = parseAndRun(answer)
    expect(indexesOf(db, 't')).toEqual(['idx_d: d'])
    expect(rows(db, 'SELECT count(*) AS n FROM v')).toEqual([{ n: 1 }])
    expect(ddl.notes).toContain(
      'Set aside the COMMENT ON statement on line 6: SQLite keeps no comments on tables or columns.',
    )
    expect(ddl.sql.split('\n')[5].trim()).toBe('')
  })
})

describe('parseDdl: strings and comments are never touched', () => {
  it('leaves PARTITION BY and INDEX inside strings and comments alone', () => {
    const answer = `-- INDEX idx (a), PARTITION BY nothing
CREATE TABLE t (
  a TEXT DEFAULT 'PARTITION BY x; INDEX i (a)', /* KEY k (a), */
  b TEXT CHECK (b <> 'AUTO_INCREMENT') -- COMMENT 'x'
) /* PARTITION BY a */;`
    const { ddl, db } = parseAndRun(answer)
    expect(ddl.sql).toBe(answer)
    expect(ddl.tables[0]).toMatchObject({ partitionBy: [], indexes: [], options: [] })
    expect(rows(db, "SELECT dflt_value FROM pragma_table_info('t') WHERE name = 'a'")).toEqual([
      { dflt_value: "'PARTITION BY x; INDEX i (a)'" },
    ])
  })
})

describe('parseDdl: line numbers', () => {
  it('keeps a typo on the learner\'s line, so SQLite fails on that line', () => {
    const answer = `-- sessions
fact_sessions (
  session_id VARCHAR(50) PRIMARY KEY,
  user_id BIGINT NOT NULL AUTO_INCREMENT,
  INDEX idx_user (user_id)
)
PARTITION BY DATE(session_start);

dim_users (
  user_id BIGINT PRIMARY KEY,
  country VARCHAR(2) NOT NUL
);`
    const ddl = parseOk(answer)
    expect(lineOf(ddl.sql, 'NOT NUL\n')).toBe(11)
    const failure = failingStatementLine(ddl.sql)
    expect(failure?.message).toMatch(/syntax error/)
    expect(failure?.line).toBe(9)
  })
})

describe('parseDdl: errors', () => {
  it.each([
    ['', 1, 'Your answer has no CREATE TABLE statement.'],
    ['  -- just a comment\n', 1, 'Your answer has no CREATE TABLE statement.'],
    ['SELECT 1;\nDROP TABLE x;', 1, 'Your answer has no CREATE TABLE statement.'],
    ["CREATE TABLE t (\n  a TEXT DEFAULT 'oops\n);", 2, "Unclosed string: the ' on line 2 is never closed."],
    ['CREATE TABLE t (\n  a INT /* note\n);', 2, 'Unclosed comment: the "/*" on line 2 is never closed with "*/".'],
    ['CREATE TABLE t (\n  "a INT\n);', 2, 'Unclosed quoted name: the " on line 2 is never closed with ".'],
    ['CREATE TABLE t (\n  a DECIMAL(10,2,\n  b INT;\nCREATE TABLE u (b INT);', 2, 'Unclosed parenthesis: the "(" on line 2 is not closed before the ";" on line 3.'],
    ['CREATE TABLE t (\n  a INT', 1, 'Unclosed parenthesis: the "(" on line 1 is never closed.'],
  ])('rejects %j', (answer, line, message) => {
    expect(parseDdl(answer)).toEqual({ ok: false, error: { line, message } })
  })

  it('rejects ALTER TABLE ... ADD PRIMARY KEY, naming its line', () => {
    const outcome = parseDdl('CREATE TABLE t (a INT);\n\nALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY (a);')
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.line).toBe(3)
    expect(outcome.error.message).toMatch(/declare keys inside CREATE TABLE/i)
  })

  it('keeps ALTER TABLE ... ADD COLUMN, which SQLite runs', () => {
    const { db } = parseAndRun('CREATE TABLE t (a INT);\nALTER TABLE t ADD COLUMN b TEXT;')
    expect(columnNames(db, 't')).toEqual(['a', 'b'])
  })

  it('exports the no-table message', () => {
    expect(NO_CREATE_TABLE_MESSAGE).toBe('Your answer has no CREATE TABLE statement.')
  })
})

// The seed material's four schemas, verbatim (shared/spec/seed-solutions.md).
const SEED_FEED = `-- User activity fact table (high volume, time-partitioned)
fact_user_sessions (
    session_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    session_start_ts TIMESTAMP NOT NULL,
    session_end_ts TIMESTAMP,
    
    -- Session characteristics
    platform_type VARCHAR(20), -- 'ios', 'android', 'web'
    entry_point VARCHAR(30),   -- 'notification', 'direct', 'bookmark'
    
    -- Engagement aggregates
    posts_viewed INT DEFAULT 0,
    posts_liked INT DEFAULT 0,
    posts_shared INT DEFAULT 0,
    posts_commented INT DEFAULT 0,
    stories_viewed INT DEFAULT 0,
    
    -- Session quality metrics
    total_scroll_distance_px INT DEFAULT 0,
    max_scroll_depth_pct DECIMAL(5,2) DEFAULT 0,
    session_bounce_flag BOOLEAN DEFAULT FALSE,
    
    -- For DAU/MAU calculations
    date_partition DATE NOT NULL,
    hour_partition INT NOT NULL
)
PARTITION BY date_partition;

-- User-level daily aggregation (for fast DAU/MAU queries)
fact_user_daily_activity (
    user_id BIGINT,
    activity_date DATE,
    
    -- Activity flags
    is_dau BOOLEAN DEFAULT FALSE,
    is_feed_active BOOLEAN DEFAULT FALSE,
    is_stories_active BOOLEAN DEFAULT FALSE,
    is_creator BOOLEAN DEFAULT FALSE,
    
    -- Daily aggregates
    total_sessions INT DEFAULT 0,
    total_time_spent_minutes INT DEFAULT 0,
    posts_created INT DEFAULT 0,
    engagement_events INT DEFAULT 0,
    
    PRIMARY KEY (user_id, activity_date)
)
PARTITION BY activity_date;

-- User cohort dimension (for retention analysis)
dim_user_cohorts (
    user_id BIGINT PRIMARY KEY,
    registration_date DATE NOT NULL,
    cohort_month VARCHAR(7), -- 'YYYY-MM'
    acquisition_channel VARCHAR(50),
    user_segment VARCHAR(30), -- 'creator', 'casual', 'heavy_consumer'
    
    -- Lifecycle metrics (updated daily)
    days_since_registration INT,
    lifetime_sessions INT,
    last_active_date DATE,
    is_retained_d1 BOOLEAN,
    is_retained_d7 BOOLEAN,
    is_retained_d30 BOOLEAN
);
`

const SEED_REELS = `-- Fact Tables (Event-driven, high volume)
fact_reels_events (
    event_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    video_id BIGINT NOT NULL, 
    creator_id BIGINT NOT NULL,
    session_id VARCHAR(50) NOT NULL,
    event_type VARCHAR(20) NOT NULL, -- 'view_start', 'view_end', 'like', 'share', 'comment'
    event_timestamp TIMESTAMP NOT NULL,
    
    -- Event-specific data
    view_duration_ms INT,
    video_position_pct DECIMAL(5,2),
    device_type VARCHAR(20),
    
    -- Partitioning
    date_partition DATE NOT NULL,
    hour_partition INT NOT NULL
);

-- Session aggregation table (Pre-computed for performance)
fact_reels_sessions (
    session_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    session_start_ts TIMESTAMP NOT NULL,
    session_end_ts TIMESTAMP NOT NULL,
    
    -- Aggregated metrics
    videos_watched INT,
    total_watch_time_seconds INT,
    unique_creators_watched INT,
    engagement_events_count INT,
    
    -- Session outcomes
    session_completed_flag BOOLEAN,
    last_video_completion_pct DECIMAL(5,2),
    
    date_partition DATE NOT NULL
);

-- Dimension Tables (Slowly changing, lower volume)
dim_videos (
    video_id BIGINT PRIMARY KEY,
    creator_id BIGINT NOT NULL,
    upload_timestamp TIMESTAMP NOT NULL,
    video_duration_seconds INT,
    video_category VARCHAR(50),
    content_rating VARCHAR(10),
    
    -- Content features for ML
    thumbnail_url VARCHAR(500),
    has_music BOOLEAN,
    video_quality VARCHAR(10)
);

dim_creators (
    creator_id BIGINT PRIMARY KEY,
    creator_username VARCHAR(100),
    follower_count BIGINT,
    verification_status VARCHAR(20),
    join_date DATE,
    creator_tier VARCHAR(20), -- 'rising', 'established', 'top'
    
    -- Creator performance (updated daily)
    avg_video_engagement_rate DECIMAL(5,4),
    total_videos_posted INT
);

dim_users (
    user_id BIGINT PRIMARY KEY,
    registration_date DATE,
    country_code VARCHAR(2),
    age_group VARCHAR(20),
    
    -- User preferences (updated in real-time)
    preferred_categories JSON,
    follower_count INT,
    avg_session_duration_minutes DECIMAL(6,2)
);
`

const SEED_ADS = `-- Ad events fact table
fact_ad_events (
    event_id VARCHAR(50) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    event_type VARCHAR(20), -- 'impression', 'click', 'conversion'
    event_timestamp TIMESTAMP NOT NULL,
    
    -- Attribution context
    attribution_window_hours INT,
    conversion_value_usd DECIMAL(10,2),
    product_category VARCHAR(50),
    
    date_partition DATE NOT NULL
)
PARTITION BY date_partition;

-- Multi-touch attribution weights
fact_attribution_paths (
    user_id BIGINT,
    conversion_event_id VARCHAR(50),
    conversion_timestamp TIMESTAMP,
    touchpoint_sequence_json TEXT, -- [{ad_id, timestamp, channel}...]
    
    -- Attribution model weights
    first_touch_weight DECIMAL(5,4),
    last_touch_weight DECIMAL(5,4),
    linear_weight DECIMAL(5,4),
    time_decay_weight DECIMAL(5,4),
    
    total_conversion_value DECIMAL(10,2),
    PRIMARY KEY (user_id, conversion_event_id)
);
`

const SEED_PYMK = `-- User relationships (friendships + follows)
fact_user_relationships (
    relationship_id BIGINT PRIMARY KEY,
    user_id_from BIGINT NOT NULL,
    user_id_to BIGINT NOT NULL,
    relationship_type VARCHAR(10), -- 'friend', 'follow'
    status VARCHAR(15), -- 'active', 'pending', 'blocked'
    created_timestamp TIMESTAMP NOT NULL,
    
    -- Relationship strength indicators
    mutual_friends_count INT DEFAULT 0,
    interaction_score DECIMAL(5,2) DEFAULT 0,
    
    INDEX idx_user_from (user_id_from),
    INDEX idx_user_to (user_id_to)
);

-- PYMK suggestions tracking
fact_pymk_suggestions (
    suggestion_id VARCHAR(50) PRIMARY KEY,
    target_user_id BIGINT NOT NULL,
    suggested_user_id BIGINT NOT NULL,
    suggestion_timestamp TIMESTAMP NOT NULL,
    
    -- Suggestion context
    suggestion_reason VARCHAR(50), -- 'mutual_friends', 'location', 'contacts'
    mutual_friends_count INT,
    algorithm_score DECIMAL(5,4),
    
    -- Outcome tracking
    was_viewed BOOLEAN DEFAULT FALSE,
    was_requested BOOLEAN DEFAULT FALSE,
    was_accepted BOOLEAN DEFAULT FALSE,
    outcome_timestamp TIMESTAMP,
    
    date_partition DATE NOT NULL
)
PARTITION BY date_partition;

-- User privacy settings
dim_user_privacy (
    user_id BIGINT PRIMARY KEY,
    is_private_account BOOLEAN DEFAULT FALSE,
    allow_friend_suggestions BOOLEAN DEFAULT TRUE,
    pymk_frequency_preference VARCHAR(10), -- 'high', 'medium', 'low', 'off'
    last_updated TIMESTAMP NOT NULL
);
`

