import type { TemplateContext, TemplateFiles } from './context'

const STATIONS = `CREATE TABLE dim_stations (
  station_id   BIGINT       PRIMARY KEY,
  station_name VARCHAR(100) NOT NULL,
  city         VARCHAR(50)  NOT NULL
);
`

/** The reference ride fact with some lines replaced: what the known-wrong designs are. */
function ridesTable(lines: { key?: string; fare?: string; date?: string; partition?: string } = {}): string {
  return `CREATE TABLE fact_rides (
  ride_id          ${lines.key ?? 'BIGINT        PRIMARY KEY'},
  rider_id         BIGINT        NOT NULL,
  station_id       BIGINT        NOT NULL,   -- dim_stations.station_id: where the ride started
  started_at       TIMESTAMP     NOT NULL,
  duration_minutes INT           NOT NULL,
  fare             ${lines.fare ?? 'DECIMAL(8,2)  NOT NULL'},
  status           VARCHAR(10)   NOT NULL${lines.date ?? ',   -- \'completed\', \'refunded\'\n  ride_date        DATE          NOT NULL    -- date(started_at)'}
)${lines.partition ?? '\nPARTITION BY ride_date'};
`
}

/**
 * A data-model question: the statement, the reference schema (`data-model.sql`, in the SQL
 * exercises' table and column names, so their queries run on it), the spec that grades a design,
 * known-wrong designs (each with the checks it must fail) and accepted alternatives.
 */
export function modelFiles({ id, name }: TemplateContext): TemplateFiles {
  return {
    'data-model.md': `# Design the bike rental tables

<!-- TO CHANGE: the question. Say which tables you expect, what a good answer states, and what the
grader accepts. -->

Finance asks for revenue by city and by day; operations asks which stations are busiest. Design
the warehouse tables that answer both.

## What to design

Write one \`CREATE TABLE\` per table, for at least:

1. **A ride fact**: every ride, who rode, from which station, when, how long, the fare and
   whether it was refunded. Hundreds of thousands of rows a day.
2. **A station dimension**: each docking station and its city.

## What a good answer states

- **The grain of each table**, in a comment, and a key that enforces it.
- **Keys that are never NULL**, and a station column in the ride fact named like the key it joins.
- **Measures typed as numbers**: the fare as a DECIMAL, the duration as an integer.
- **Date partitioning of the ride fact**: a \`DATE\` column (the day the ride started), NOT NULL,
  named in \`PARTITION BY\`.

The grader creates your tables in an empty database, tries duplicate rows at each grain, checks
keys, types and partitions, and runs this scenario's queries on your schema. Interview dialects
(\`VARCHAR(n)\`, \`DECIMAL(p,s)\`, \`STRING\`, \`PARTITIONED BY (col TYPE)\`) are welcome.
`,

    'data-model.sql': `-- TO CHANGE: the reference schema. Use the SQL exercises' table and column names: the
-- grader runs their reference queries on it.

-- Grain: one row per docking station.
${STATIONS}
-- Grain: one row per ride. Large and read by day: partitioned by the day the ride started.
${ridesTable()}`,

    'data-model.spec.ts': `import { commonSynonyms } from '../../engine/schema/common-synonyms'
import type { ModelSpec } from '../../engine/schema/types'

/**
 * What a design is graded on (reference: data-model.sql). Each entity is a role a table must
 * play, found by its name hints or by its columns: its grains (the column sets that may key
 * it), measures (must be numbers), partition column, and the columns that join other entities.
 * Synonyms let a learner use their own column names. The check ids the known-wrong designs name
 * in their \`-- expect:\` lines are entity:<role>, grain:<role>, one-wide-table, keys-not-null,
 * measures, partition:<role>, relationships and questions.
 * TO CHANGE: your entities, synonyms and questions.
 */
export const ${name}Model: ModelSpec = {
  id: '${id}/data-model',
  entities: [
    {
      role: 'ride-fact',
      label: 'ride fact',
      kind: 'fact',
      reference: 'fact_rides',
      nameHints: [['ride'], ['trip'], ['rental']],
      grain: [['ride_id'], ['rider_id', 'started_at']],
      grainLabel: 'one row per ride',
      measures: ['fare', 'duration_minutes'],
      partition: ['ride_date'],
      references: [{ column: 'station_id', entity: 'station-dimension' }],
      required: true,
    },
    {
      role: 'station-dimension',
      label: 'station dimension',
      kind: 'dimension',
      reference: 'dim_stations',
      nameHints: [['station'], ['dock']],
      grain: [['station_id']],
      grainLabel: 'one row per station',
      measures: [],
      references: [],
      required: true,
    },
  ],
  synonyms: {
    ...commonSynonyms,
    ride_id: ['trip_id', 'rental_id', 'id'],
    rider_id: ['user_id', 'customer_id', 'member_id'],
    station_id: ['start_station_id', 'dock_id'],
    started_at: ['start_time', 'start_ts', 'started_ts', 'ride_start'],
    duration_minutes: ['duration', 'minutes', 'duration_min'],
    fare: ['fare_amount', 'price', 'amount', 'fare_usd'],
    status: ['ride_status', 'trip_status', 'state'],
    ride_date: [...commonSynonyms.date_partition, 'trip_date', 'start_date', 'date_partition'],
    city: ['city_name'],
    station_name: ['name'],
  },
  // Questions beyond the SQL exercises' own queries: the design must answer each.
  questions: [
    {
      id: 'daily-revenue',
      label: 'revenue per day',
      sql: "SELECT ride_date, SUM(fare) AS revenue FROM fact_rides WHERE status = 'completed' GROUP BY ride_date",
    },
    {
      id: 'busiest-stations',
      label: 'rides per station',
      sql: 'SELECT s.station_name, COUNT(*) AS rides FROM fact_rides AS r JOIN dim_stations AS s ON s.station_id = r.station_id GROUP BY s.station_name',
    },
  ],
  passMark: 70,
}

export default ${name}Model
`,

    // Known-wrong designs: each fails distinctly, and names the checks it must fail.
    'data-model.wrong/no-keys.sql': `-- mistake: no table declares a key: a ride loaded twice counts twice in every sum, and two stations can share an id
-- hint: declare each table's grain as its PRIMARY KEY (ride_id; station_id) and keep key columns NOT NULL
-- expect: grain:ride-fact
-- expect: grain:station-dimension
-- expect: keys-not-null
CREATE TABLE dim_stations (
  station_id   BIGINT,
  station_name VARCHAR(100),
  city         VARCHAR(50)
);

${ridesTable({ key: 'BIGINT' })}`,

    'data-model.wrong/one-table.sql': `-- mistake: everything is in one wide table: the station's name and city are copied onto every ride, and a station without rides does not exist
-- hint: split it by grain: a ride fact (one row per ride) and a station dimension (one row per station), joined on station_id
-- expect: one-wide-table
-- expect: entity:station-dimension
CREATE TABLE fact_rides (
  ride_id          BIGINT        PRIMARY KEY,
  rider_id         BIGINT        NOT NULL,
  station_id       BIGINT        NOT NULL,
  station_name     VARCHAR(100),
  city             VARCHAR(50),
  started_at       TIMESTAMP     NOT NULL,
  duration_minutes INT           NOT NULL,
  fare             DECIMAL(8,2)  NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  ride_date        DATE          NOT NULL
)
PARTITION BY ride_date;
`,

    'data-model.wrong/stations-keyed-by-city.sql': `-- mistake: stations are keyed on the city, so a city's second station is refused (or overwrites the first)
-- hint: a row is one station: key it on station_id; the city is an attribute
-- expect: grain:station-dimension
CREATE TABLE dim_stations (
  station_id   BIGINT       NOT NULL,
  station_name VARCHAR(100) NOT NULL,
  city         VARCHAR(50)  NOT NULL PRIMARY KEY
);

${ridesTable()}`,

    'data-model.wrong/rider-day-key.sql': `-- mistake: rides are keyed on (rider_id, ride_date), so a rider's second ride of the day is refused (or overwrites the first)
-- hint: a row is one ride: key it on ride_id (or on rider_id and started_at, the second the bike was unlocked)
-- expect: grain:ride-fact
${STATIONS}
${ridesTable({ key: 'BIGINT        NOT NULL', partition: '\nPARTITION BY ride_date', date: ",\n  ride_date        DATE          NOT NULL,\n  PRIMARY KEY (rider_id, ride_date)" })}`,

    // Other correct designs: each must be accepted.
    'data-model.alt/hive-style.sql': `-- Hive-style types and a PARTITIONED BY clause.
CREATE TABLE dim_stations (
  station_id   BIGINT NOT NULL PRIMARY KEY,
  station_name STRING NOT NULL,
  city         STRING NOT NULL
);

CREATE TABLE fact_rides (
  ride_id          BIGINT NOT NULL PRIMARY KEY,
  rider_id         BIGINT NOT NULL,
  station_id       BIGINT NOT NULL,
  started_at       TIMESTAMP NOT NULL,
  duration_minutes INT NOT NULL,
  fare             DECIMAL(8,2) NOT NULL,
  status           STRING NOT NULL
)
PARTITIONED BY (ride_date DATE);
`,

    'data-model.alt/trips-and-docks.sql': `-- Other names: trips and stations, with a trip_id and a ds partition.
CREATE TABLE stations (
  station_id BIGINT       PRIMARY KEY,   -- one row per station
  name       VARCHAR(100) NOT NULL,
  city_name  VARCHAR(50)  NOT NULL
);

CREATE TABLE bike_trips (
  trip_id          BIGINT        PRIMARY KEY,   -- one row per trip
  rider_id         BIGINT        NOT NULL,
  station_id       BIGINT        NOT NULL REFERENCES stations (station_id),
  start_time       TIMESTAMP     NOT NULL,
  duration_minutes INT           NOT NULL,
  fare_amount      DECIMAL(8,2)  NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  ds               DATE          NOT NULL
)
PARTITION BY ds;
`,

    'data-model.alt/natural-key.sql': `-- The ride keyed by who rode and when (a rider cannot start two rides in the same second).
CREATE TABLE dim_stations (
  station_id   INT          NOT NULL,
  station_name VARCHAR(100) NOT NULL,
  city         VARCHAR(50)  NOT NULL,
  PRIMARY KEY (station_id)
);

CREATE TABLE fact_rides (
  ride_id          BIGINT        NOT NULL,
  rider_id         BIGINT        NOT NULL,
  station_id       INT           NOT NULL,
  started_at       TIMESTAMP     NOT NULL,
  duration_minutes SMALLINT      NOT NULL,
  fare             NUMERIC(8,2)  NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  ride_date        DATE          NOT NULL,
  PRIMARY KEY (rider_id, started_at)
)
PARTITION BY ride_date;
`,
  }
}
