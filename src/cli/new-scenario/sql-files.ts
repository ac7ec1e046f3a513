import type { TemplateFiles } from './context'

/** The same SELECT with one part changed: what most known-wrong answers are. */
function citySql(parts: { mistake?: string; hint?: string; comment?: string; select?: string; join?: string; window?: string; status?: string; groupBy?: string; orderBy?: string }): string {
  const header = parts.mistake ? `-- mistake: ${parts.mistake}\n-- hint: ${parts.hint}\n` : parts.comment ? `-- ${parts.comment}\n` : ''
  return `${header}SELECT s.city,
       ${parts.select ?? 'COUNT(r.ride_id) AS rides,\n       ROUND(COALESCE(SUM(r.fare), 0), 2) AS revenue'}
FROM dim_stations AS s
${parts.join ?? 'LEFT JOIN'} fact_rides AS r
  ON r.station_id = s.station_id
 ${parts.status ?? "AND r.status = 'completed'"}
 ${parts.window ?? "AND r.started_at >= '2024-06-24'\n AND r.started_at < '2024-07-01'"}
GROUP BY ${parts.groupBy ?? 's.city'}
ORDER BY ${parts.orderBy ?? 'revenue DESC, s.city'};
`
}

/**
 * A SQL exercise: the statement (`<slug>.md`), the reference (`<slug>.sql`), known-wrong answers
 * (`<slug>.wrong/`, shipped to the app to name a learner's mistake), and for the tools and tests
 * only: correct alternatives (`<slug>.alt/`) and further mistakes (`<slug>.rejected/`).
 */
export function sqlFiles(): TemplateFiles {
  const slug = 'sql-city-revenue'
  return {
    [`${slug}.md`]: `# Rides and revenue per city, last 7 days

<!-- TO CHANGE: the question, as an interviewer would ask it, with every rule the grader holds
the answer to: which rows count, the window, the columns, the order. -->

Finance wants last week's numbers by city. For **every city with a station**, count the
**completed** rides that **started in the last 7 days** (2024-06-24 00:00:00 up to the end of
2024-06-30, today) and add up their fares.

- A ride with \`status = 'refunded'\` earned nothing: leave it out of both columns.
- A city whose stations had no completed ride in the window still gets a row, with 0 rides and
  revenue 0.
- The ride belongs to the city of the station it started from.

| column | meaning |
|---|---|
| \`city\` | the city |
| \`rides\` | completed rides started in the window |
| \`revenue\` | the sum of their fares, rounded to cents |

Order by \`revenue\` descending, then \`city\` ascending.

Example of the shape (the numbers are made up):

| city | rides | revenue |
|---|---|---|
| Riverton | 31 | 148.25 |
| Northport | 24 | 101.8 |
| ... | | |
`,

    [`${slug}.sql`]: `-- TO CHANGE: the reference answer. scenarios:check runs it on every dataset and compares it
-- with expected/city-revenue.ts, the same result computed in TypeScript.
-- Every city from the stations, with its completed rides of the 7 days ending today.
SELECT s.city,
       COUNT(r.ride_id) AS rides,
       ROUND(COALESCE(SUM(r.fare), 0), 2) AS revenue
FROM dim_stations AS s
LEFT JOIN fact_rides AS r
  ON r.station_id = s.station_id
 AND r.status = 'completed'
 AND r.started_at >= '2024-06-24'
 AND r.started_at < '2024-07-01'
GROUP BY s.city
ORDER BY revenue DESC, s.city;
`,

    // Mutants of the reference that no data the statement allows can tell apart, each with the
    // reason a mentor can check (see src/cli/mutants/README.md). scenarios:check prints any other
    // survivor: then plant rows in dataset.ts, or list it here if it truly cannot be told apart.
    [`${slug}.equivalent-mutants`]: [
      'distinct: COUNT(r.ride_id) AS rides, => COUNT(DISTINCT r.ride_id) AS rides, -- ride_id is the key of fact_rides, and joining a ride to its one station never repeats it',
      'integer-constant: ROUND(COALESCE(SUM(r.fare), 0), 2) AS revenue => ROUND(COALESCE(SUM(r.fare), 0), 3) AS revenue -- fares are whole cents, so their sums have no third decimal',
      "comparison-boundary: AND r.started_at >= '2024-06-24' => AND r.started_at > '2024-06-24' -- started_at is a full timestamp, always after the bare date text '2024-06-24'",
      "comparison-boundary: AND r.started_at < '2024-07-01' => AND r.started_at <= '2024-07-01' -- started_at is a full timestamp, never equal to the bare date text '2024-07-01'",
      "date-constant: AND r.started_at < '2024-07-01' => AND r.started_at < '2024-07-02' -- the data ends today (2024-06-30): no ride starts on 2024-07-01",
      '',
    ].join('\n'),

    // Known-wrong answers: each a mistake a candidate really makes, with the sentence the
    // learner reads when their answer gives the same results. Each must be rejected on every
    // dataset, which is what the planted rows in dataset.ts are for.
    [`${slug}.wrong/counts-refunded-rides.sql`]: citySql({
      mistake: 'you count refunded rides and their fares; a refund gives the money back',
      hint: "Keep only rides with status = 'completed'.",
      status: '',
    }),
    [`${slug}.wrong/drops-rides-on-the-last-day.sql`]: citySql({
      mistake: "you leave out the rides of 2024-06-30 after midnight: BETWEEN '2024-06-24' AND '2024-06-30' stops at 2024-06-30 00:00:00",
      hint: "started_at is a timestamp: compare it with started_at < '2024-07-01', or compare date(started_at).",
      window: "AND r.started_at BETWEEN '2024-06-24' AND '2024-06-30'",
    }),
    [`${slug}.wrong/eight-day-window.sql`]: citySql({
      mistake: 'your window has eight days: it starts on 2024-06-23',
      hint: 'The last 7 days, today included, are 2024-06-24 to 2024-06-30.',
      window: "AND r.started_at >= '2024-06-23'\n AND r.started_at < '2024-07-01'",
    }),
    [`${slug}.wrong/counts-riders-not-rides.sql`]: citySql({
      mistake: 'you count distinct riders, not rides: a rider who rode twice counts once',
      hint: 'Count the rides (COUNT(r.ride_id)), not COUNT(DISTINCT r.rider_id).',
      select: 'COUNT(DISTINCT r.rider_id) AS rides,\n       ROUND(COALESCE(SUM(r.fare), 0), 2) AS revenue',
    }),
    [`${slug}.wrong/inner-join-drops-quiet-city.sql`]: `-- mistake: a city without rides in the window is missing; it should be listed with 0 rides and revenue 0
-- hint: Start from dim_stations and LEFT JOIN the rides, with the ride conditions in the ON clause rather than in WHERE.
SELECT s.city,
       COUNT(r.ride_id) AS rides,
       ROUND(SUM(r.fare), 2) AS revenue
FROM fact_rides AS r
JOIN dim_stations AS s ON s.station_id = r.station_id
WHERE r.status = 'completed'
  AND r.started_at >= '2024-06-24'
  AND r.started_at < '2024-07-01'
GROUP BY s.city
ORDER BY revenue DESC, s.city;
`,
    [`${slug}.wrong/one-row-per-station.sql`]: citySql({
      mistake: 'you give one row per station, not one per city',
      hint: 'Group by the city alone.',
      groupBy: 's.station_id, s.city',
    }),

    // Correct answers written differently from the reference: the grader must accept each.
    [`${slug}.alt/cte-then-left-join.sql`]: `-- The week's completed rides first, then every city with them.
WITH last_week AS (
  SELECT station_id, ride_id, fare
  FROM fact_rides
  WHERE status = 'completed'
    AND date(started_at) BETWEEN '2024-06-24' AND '2024-06-30'
)
SELECT s.city, COUNT(w.ride_id) AS rides, ROUND(IFNULL(SUM(w.fare), 0), 2) AS revenue
FROM dim_stations AS s
LEFT JOIN last_week AS w ON w.station_id = s.station_id
GROUP BY s.city
ORDER BY revenue DESC, city;
`,
    [`${slug}.alt/case-inside-sum.sql`]: `-- Conditions inside the aggregates, over every ride of every station.
SELECT s.city,
       SUM(CASE WHEN r.status = 'completed' AND r.started_at >= '2024-06-24' AND r.started_at < '2024-07-01' THEN 1 ELSE 0 END) AS rides,
       ROUND(SUM(CASE WHEN r.status = 'completed' AND r.started_at >= '2024-06-24' AND r.started_at < '2024-07-01' THEN r.fare ELSE 0 END), 2) AS revenue
FROM dim_stations AS s
LEFT JOIN fact_rides AS r ON r.station_id = s.station_id
GROUP BY s.city
ORDER BY 3 DESC, 1;
`,
    [`${slug}.alt/correlated-subqueries.sql`]: `-- One subquery per column, over the distinct cities.
SELECT city,
       (SELECT COUNT(*) FROM fact_rides AS r JOIN dim_stations AS t ON t.station_id = r.station_id
         WHERE t.city = c.city AND r.status = 'completed' AND r.started_at >= date('2024-06-30', '-6 days') AND r.started_at < '2024-07-01') AS rides,
       (SELECT ROUND(COALESCE(SUM(r.fare), 0), 2) FROM fact_rides AS r JOIN dim_stations AS t ON t.station_id = r.station_id
         WHERE t.city = c.city AND r.status = 'completed' AND r.started_at >= date('2024-06-30', '-6 days') AND r.started_at < '2024-07-01') AS revenue
FROM (SELECT DISTINCT city FROM dim_stations) AS c
ORDER BY revenue DESC, city;
`,

    // Further realistic mistakes, for the tests only: each must be rejected (with feedback).
    [`${slug}.rejected/average-fare-as-revenue.sql`]: citySql({
      comment: 'The average fare is not the revenue.',
      select: 'COUNT(r.ride_id) AS rides,\n       ROUND(COALESCE(AVG(r.fare), 0), 2) AS revenue',
    }),
    [`${slug}.rejected/lowest-revenue-first.sql`]: citySql({
      comment: 'The order is reversed.',
      orderBy: 'revenue ASC, s.city',
    }),
    [`${slug}.rejected/refunds-in-the-ride-count.sql`]: `-- Refunded rides are left out of the money but still counted as rides.
SELECT s.city,
       COUNT(r.ride_id) AS rides,
       ROUND(COALESCE(SUM(CASE WHEN r.status = 'completed' THEN r.fare END), 0), 2) AS revenue
FROM dim_stations AS s
LEFT JOIN fact_rides AS r
  ON r.station_id = s.station_id
 AND r.started_at >= '2024-06-24'
 AND r.started_at < '2024-07-01'
GROUP BY s.city
ORDER BY revenue DESC, s.city;
`,
  }
}
