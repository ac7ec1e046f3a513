import { IMPORT_META, tsString, type TemplateContext, type TemplateFiles } from './context'

/**
 * The scenario's frame: scenario.ts (what the app shows and lists), the story, the tables, the
 * seeded generator, and the Node-only data (generator + TypeScript re-computations).
 */
export function scenarioFiles({ id, title, name }: TemplateContext): TemplateFiles {
  return {
    'scenario.ts': `import type { DatasetVariant } from '../../datasets/types'
import { toScenarioId } from '../../engine/ids'
import { defineModelExercise } from '../model-exercise'
import { defineProductExercise } from '../product-exercise'
import { definePythonExercise } from '../python-exercise'
import { defineSqlExercise, type ScenarioFiles } from '../sql-exercise'
import { defineScenario } from '../types'
import { ${name}FollowUps } from './follow-ups'
import { tables } from './tables'

// The folder's statements, references and starter code, as text. Only this folder's top level:
// design notes you keep under data/ must not reach the learner. The grading modules (cases,
// rubric, spec) and the known-wrong answers load on demand, for the graders only.
const files: ScenarioFiles = {
  text: ${IMPORT_META}.glob('./*.{md,sql,py}', { query: '?raw', import: 'default', eager: true }),
  modules: ${IMPORT_META}.glob('./*.{cases,rubric,spec}.ts'),
  loadWrong: () => import('./known-wrong').then((m) => m.knownWrongFiles),
}

const scenarioId = ${tsString(id)}

/**
 * The datasets every answer is graded on: the visible one first (the learner sees it), then
 * hidden variants with other seeds and sizes. Every variant holds every planted edge case
 * (see dataset.ts). TO CHANGE: the seeds and scales, if you like; keep two hidden variants or more.
 */
const variants: DatasetVariant[] = [
  { key: 'visible', seed: 1, scale: 1 },
  { key: 'hidden-1', seed: 101, scale: 0.6 },
  { key: 'hidden-2', seed: 202, scale: 1.4 },
]

export const ${name} = defineScenario({
  id: toScenarioId(scenarioId),
  // TO CHANGE: where the catalog lists it, lowest first (the published scenarios use 1 to 4).
  // Without a position it comes after them, by title.
  // position: 5,
  title: ${tsString(title)},
  // TO CHANGE: one line for the catalog.
  summary: 'Bike rentals in five cities: count the rides and the money of the last week, then plan a promotion.',
  story: files.text['./story.md'],
  // "Today" for every query: CURRENT_DATE returns it.
  asOf: '2024-06-30',
  tables,
  variants,
  // One exercise of each kind. Each reads its files from this folder by its slug.
  exercises: [
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-city-revenue',
        title: 'Rides and revenue per city, last 7 days',
        difficulty: 'easy',
        // The statement fixes the row order: these output columns decide it.
        orderBy: ['revenue', 'city'],
        hints: [
          'Start from the cities (dim_stations) and bring the rides to them, so a city without rides still gets a row.',
          "Only completed rides count, and only those that started from 2024-06-24 00:00:00 up to the end of 2024-06-30. started_at is a timestamp: compare it with '2024-07-01' (exclusive), or take date(started_at).",
          'LEFT JOIN fact_rides with the status and the dates in the ON clause, GROUP BY city, COUNT(ride_id), ROUND(COALESCE(SUM(fare), 0), 2), ORDER BY revenue DESC, city.',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-daily-revenue',
        title: 'Daily revenue from a ride log',
        difficulty: 'easy',
        // The names the learner's code must define, and their parameters (for feedback).
        functionNames: ['daily_revenue'],
        parameters: { daily_revenue: ['rides'] },
        hints: [
          'First keep one record per ride_id: the last one in the list. A dict assignment in a loop does exactly that.',
          "Then add up the fare of each ride whose last record is 'completed', by its day (the first 10 characters of started_at). A missing fare is 0.",
          'Round each day\\'s total with round(total, 2). A day with no completed ride does not appear at all.',
        ],
      },
      files,
    ),
    defineProductExercise(
      {
        scenarioId,
        title: 'A first ride free: what success means, and the test',
        hints: [
          'Start from what the promotion is for: new riders who come back and keep riding, not one free ride.',
          'Money and bikes are the costs: revenue per rider, refunds, and empty stations when many ride at once belong among your guardrails.',
          'Randomise new riders, pick one primary metric (a second ride within 14 days), size the test, and run it for whole weeks.',
        ],
      },
      files,
    ),
    defineModelExercise(
      {
        scenarioId,
        title: 'Design the bike rental tables',
        hints: [
          'Name the grain of each table first: one row per ride; one row per station.',
          'Key each table on exactly what identifies a row (ride_id, station_id), keep keys NOT NULL, and type the fare as a number.',
          'Give the ride fact a ride_date DATE NOT NULL and PARTITION BY it; name its station column station_id, like the key it joins.',
        ],
      },
      files,
    ),
  ],
  // The interviewer's follow-up discussions, shown at the end of the scenario page.
  followUps: ${name}FollowUps,
})

export default ${name}
`,

    'story.md': `# ${title}

<!-- TO CHANGE: the situation, in your own words. Learners read this first; the exercises refer
to it. Name the tables and what one row of each is. -->

You are the data engineer of a bike-share company that runs docking stations in five cities:
Northport, Riverton, Lakeside and, since this week, Elmwood and Hillview. A rider unlocks a bike at a
station, rides, and pays a fare when the ride ends; support sometimes refunds a ride.

Today is **2024-06-30**. The warehouse has two tables:

- \`dim_stations\`: one row per docking station, with its city.
- \`fact_rides\`: one row per ride in June 2024: who rode, from which station, when it started,
  how long it lasted, the fare, and whether it was completed or refunded.

## How to dig in

1. **Where did last week's money come from?** *Rides and revenue per city* adds up the rides
   and the fares of the last seven days, city by city.
2. **The same sum in code.** *Daily revenue from a ride log* computes revenue per day from the
   raw ride log, where a refund arrives as a second record of the same ride.
3. **A promotion.** Marketing wants to give new riders their first ride free. Say what success
   means and design the test.
4. **The tables themselves.** Design the schema that answers all of this.
`,

    'tables.ts': `import type { TableSpec } from '../../datasets/types'

/**
 * The tables learners see, in the order they are created and shown. Types are SQLite's
 * (INTEGER, REAL, TEXT): timestamps are 'YYYY-MM-DD HH:MM:SS' text. TO CHANGE: your tables;
 * describe the grain of each table and the meaning of each column, as here.
 */
const stations: TableSpec = {
  name: 'dim_stations',
  description: 'One row per docking station (grain: station).',
  columns: [
    { name: 'station_id', type: 'INTEGER', description: 'Station identifier.' },
    { name: 'station_name', type: 'TEXT', notNull: true, description: 'Its name on the map.' },
    { name: 'city', type: 'TEXT', notNull: true, description: "The city it is in, e.g. 'Northport'." },
  ],
  primaryKey: ['station_id'],
}

const rides: TableSpec = {
  name: 'fact_rides',
  description: 'One row per ride started in June 2024 (grain: ride).',
  columns: [
    { name: 'ride_id', type: 'INTEGER', description: 'Ride identifier; ids grow with started_at.' },
    { name: 'rider_id', type: 'INTEGER', notNull: true, description: 'The rider.' },
    { name: 'station_id', type: 'INTEGER', notNull: true, description: 'The station the ride started from (dim_stations.station_id).' },
    { name: 'started_at', type: 'TEXT', notNull: true, description: "When the bike was unlocked, 'YYYY-MM-DD HH:MM:SS' local time." },
    { name: 'duration_minutes', type: 'INTEGER', notNull: true, description: 'How long the ride lasted, in whole minutes.' },
    { name: 'fare', type: 'REAL', notNull: true, description: 'What the rider paid, in dollars (two decimals).' },
    { name: 'status', type: 'TEXT', notNull: true, description: "'completed', or 'refunded' when support gave the fare back." },
  ],
  primaryKey: ['ride_id'],
  indexes: [{ name: 'idx_rides_started_at', columns: ['started_at'] }],
}

export const tables: TableSpec[] = [stations, rides]
`,

    'dataset.ts': `/**
 * The seeded generator: the same variant always gives the same rows, on every machine. Draw
 * every random number from \`random\` (never Math.random), and fork it per part, so a change in
 * one part does not shift the numbers of another.
 *
 * TO CHANGE: your story and your edge cases. Background rows come from the random stream;
 * the planted rows below are added to EVERY variant, so each known-wrong answer is caught on
 * every dataset (the kill matrix of \`npm run scenarios:check\` shows it):
 * - a ride late on the last day of the window (2024-06-30 22:45): a BETWEEN '2024-06-24'
 *   AND '2024-06-30' on the timestamp misses it;
 * - a ride just before the window (2024-06-23 23:50): an eight-day window counts it;
 * - a refunded ride inside the window: only completed rides earn money;
 * - rider 1 rides twice in Riverton inside the window: rides are not riders;
 * - Elmwood and Hillview have a station but no ride: both must still be listed, with 0, and
 *   tie on revenue, so the order must break the tie by city (Elmwood first).
 */
import { createRandom } from '../../core/random'
import { formatTimestamp, toDayNumber } from '../../datasets/dates'
import type { Dataset, DatasetGenerator, DatasetVariant, Row } from '../../datasets/types'

/** The seven days that end today: 2024-06-24 00:00:00 up to (not including) 2024-07-01. */
export const WINDOW_START = '2024-06-24'
export const WINDOW_END = '2024-07-01'

const CITIES = ['Northport', 'Riverton', 'Lakeside']
const STREETS = ['Station Square', 'Market Street', 'Harbour Road']
/** The cities with a station and no rides yet. */
const QUIET_CITIES = ['Elmwood', 'Hillview']
const FIRST_DAY = toDayNumber('2024-06-01')

interface Ride {
  rider_id: number
  station_id: number
  started_at: string
  duration_minutes: number
  fare: number
  status: 'completed' | 'refunded'
}

/** $1 to unlock, 15 cents a minute. */
const fareFor = (minutes: number): number => Math.round((1 + 0.15 * minutes) * 100) / 100

const planted = (rider: number, station: number, startedAt: string, minutes: number, status: Ride['status'] = 'completed'): Ride => ({
  rider_id: rider,
  station_id: station,
  started_at: startedAt,
  duration_minutes: minutes,
  fare: fareFor(minutes),
  status,
})

export const generateDataset: DatasetGenerator = (variant: DatasetVariant): Dataset => {
  const random = createRandom(variant.seed, ${tsString(id)})
  const scale = variant.scale ?? 1

  // Three stations in each busy city (ids 1-9), one in each quiet city (ids 10 and 11).
  const stations: Row[] = CITIES.flatMap((city, c) =>
    STREETS.map((street, s) => ({ station_id: c * 3 + s + 1, station_name: city + ' ' + street, city })),
  )
  QUIET_CITIES.forEach((city, q) => stations.push({ station_id: 10 + q, station_name: city + ' Pier', city }))

  // Background rides, all month, from the busy cities' stations.
  const draw = random.fork('rides')
  const riderCount = Math.round(40 * scale)
  const rides: Ride[] = []
  for (let n = 0; n < Math.round(300 * scale); n++) {
    const minutes = draw.int(3, 45)
    rides.push({
      rider_id: draw.int(1, riderCount),
      station_id: draw.int(1, 9),
      started_at: formatTimestamp(FIRST_DAY + draw.int(0, 29), draw.int(6 * 3600, 22 * 3600)),
      duration_minutes: minutes,
      fare: fareFor(minutes),
      status: draw.chance(0.06) ? 'refunded' : 'completed',
    })
  }

  // The planted edge cases (see the top of this file).
  rides.push(
    planted(2, 1, '2024-06-30 22:45:00', 12),
    planted(3, 2, '2024-06-23 23:50:00', 9),
    planted(4, 7, '2024-06-27 09:00:00', 40, 'refunded'),
    planted(1, 4, '2024-06-25 08:10:00', 15),
    planted(1, 5, '2024-06-25 18:30:00', 20),
  )

  // Ids grow with the start time (a stable sort keeps equal timestamps in draw order).
  rides.sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0))
  return {
    tables: {
      dim_stations: stations,
      fact_rides: rides.map((ride, i) => ({ ride_id: i + 1, ...ride })),
    },
  }
}
`,

    'scenario-data.ts': `/**
 * What only the Node tools and tests need: the seeded generator, and one TypeScript
 * re-computation per SQL exercise (by its slug). \`npm run scenarios:check\` proves each equals
 * the reference query on every dataset. Never imported by the app.
 */
import { defineScenarioData } from '../types'
import { generateDataset } from './dataset'
import { computeCityRevenue } from './expected/city-revenue'

export const ${name}Data = defineScenarioData({
  generate: generateDataset,
  expected: {
    'sql-city-revenue': computeCityRevenue,
  },
})

export default ${name}Data
`,

    'known-wrong.ts': `import type { RawFiles } from '../sql-exercise'

/**
 * The known-wrong answers (\`<slug>.wrong/*\`) as raw text. scenario.ts imports this module
 * lazily, so they travel in a chunk of their own that only the graders load.
 */
export const knownWrongFiles: RawFiles = ${IMPORT_META}.glob('./*.wrong/*.{sql,py}', { query: '?raw', import: 'default', eager: true })
`,

    'expected/city-revenue.ts': `import type { Dataset } from '../../../datasets/types'
import type { QueryResult } from '../../../engine/types'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'
import { WINDOW_END, WINDOW_START } from '../dataset'

/**
 * Expected result of \`sql-city-revenue\`, computed from the generated rows without SQL: per
 * city with a station, its completed rides started in the last seven days and their fares,
 * by revenue (highest first), then city. Written a second way on purpose: when the reference
 * query and this disagree, one of them is wrong.
 */
export function computeCityRevenue(data: Dataset): QueryResult {
  const cityOf = new Map<unknown, string>()
  const totals = new Map<string, { rides: number; revenue: number }>()
  for (const station of data.tables.dim_stations) {
    cityOf.set(station.station_id, String(station.city))
    totals.set(String(station.city), { rides: 0, revenue: 0 })
  }
  for (const ride of data.tables.fact_rides) {
    const startedAt = String(ride.started_at)
    if (ride.status !== 'completed' || startedAt < WINDOW_START || startedAt >= WINDOW_END) continue
    const total = totals.get(cityOf.get(ride.station_id) ?? '')
    if (!total) continue
    total.rides += 1
    total.revenue += Number(ride.fare)
  }
  const rows = [...totals.entries()]
    .map(([city, t]) => [city, t.rides, roundLikeSqlite(t.revenue, 2)] as [string, number, number])
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
  return { columns: ['city', 'rides', 'revenue'], rows }
}
`,
  }
}
