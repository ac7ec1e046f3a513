import { defineFollowUps } from '../types'

/** What an interviewer asks after the Reels exercises, and what a strong answer covers. */
export const reelsFollowUps = defineFollowUps([
  {
    id: 'late-arriving-events',
    part: 'model',
    question:
      'Phones go offline and upload their Reels events hours later. How do you keep daily session metrics correct when events for a day keep arriving after you have already reported it?',
    talkingPoints: [
      'Keep two times on every event: when it happened (event time) and when we received it (ingest time); partition by event time so late rows land in the right day.',
      'Publish fast numbers from the stream, then re-run the batch for a sliding window of recent days (for example the last three) and overwrite those partitions idempotently.',
      'Reconcile: compare stream and batch totals per day and alert when they differ by more than an agreed tolerance, so silent drops are noticed.',
      'Set a cut-off for how late is too late; events past it go to a side table and are counted, not silently merged into closed days.',
      'Tell consumers which days are still "provisional" so a dashboard reader does not act on a number that will move.',
    ],
    tags: ['late-data', 'reconciliation'],
  },
  {
    id: 'partitioning-and-retention',
    part: 'model',
    question: 'How would you partition `fact_reels_events` and `fact_reels_sessions`, and how long would you keep each?',
    talkingPoints: [
      'Partition both by date: nearly every question is bounded by a recent window, so the engine reads only the days it needs.',
      'An hour sub-partition on the raw events helps the near-real-time jobs that aggregate the last hour without scanning the day.',
      'Keep raw events hot for a short period (weeks to a few months) and move older partitions to cheaper cold storage; keep the much smaller session table hot for longer.',
      'Retention is also a privacy rule: drop or anonymise user-level rows after the period the policy allows, and make deletion a partition drop, not a row-by-row delete.',
      'Watch partition sizes: too many tiny partitions hurt planning as much as one huge one.',
    ],
    tags: ['partitioning', 'retention'],
  },
  {
    id: 'scale-to-500k-events',
    part: 'python',
    question:
      'Your event processor handles one stream in one process. Traffic grows to 500,000 events per second and finance wants every view counted exactly once. What changes?',
    talkingPoints: [
      'Shard the work: a partitioned log (Kafka or similar) keyed by user id, one consumer per partition, so all of a user\'s events meet in the same worker and its state stays local.',
      'Process in micro-batches and write state in batches to a store built for it (a keyed state store or a cluster cache), not one round trip per event.',
      'Exactly-once is end to end: idempotent producers, consumers that commit their offsets in the same transaction as their output, and a sink that can take a replayed write without double counting.',
      'Deduplicate by event id inside a bounded window (ids kept with a time to live), because clients retry and networks duplicate.',
      'Plan for back-pressure and hot keys (a viral creator): split hot keys, add partitions ahead of need, and monitor consumer lag as the main health signal.',
    ],
    tags: ['scaling', 'exactly-once', 'streaming'],
  },
  {
    id: 'viral-share-chains',
    part: 'model',
    question: 'Product wants to know how a Reel spreads: who shared it to whom, and how far from the creator. How do you model share chains?',
    talkingPoints: [
      'One row per share with a pointer to the share it came from (NULL for the first share of the original video) and the original video id on every row.',
      'Store the depth (hops from the original) when the share is written, so "how deep do chains go" is a GROUP BY and not a recursive query over billions of rows.',
      'Add outcome columns measured over a fixed window (views and further shares within 24 hours) so shares compare fairly whatever their age.',
      'A recursive CTE can rebuild a single chain for debugging; the dashboards should read the denormalised depth and window columns.',
      'Define a virality metric up front (for example re-shares per share at depth 1), because "viral" otherwise means something different to every team.',
    ],
    tags: ['viral-share-chains'],
  },
  {
    id: 'dashboard-query-performance',
    part: 'sql',
    question: 'Your completion-rate query scans raw events and the dashboard that runs it every few minutes is slow. How do you make it fast?',
    talkingPoints: [
      'Read the plan first: confirm whether it is scanning every partition, missing an index, or sorting a huge intermediate result.',
      'Filter on the partition column so only the days in the window are read; add an index or sort key matching the filter and join columns (date, event type, video).',
      'Pre-aggregate: build an hourly or daily rollup (or use the session table) and point the dashboard at it instead of raw events.',
      'Materialise the slow part on a schedule that matches how fresh the dashboard needs to be, and cache the result for readers.',
      'A columnar warehouse helps analytic scans; measure before and after so the change is justified by numbers.',
    ],
    tags: ['query-performance', 'indexing', 'pre-aggregation'],
  },
  {
    id: 'working-with-product',
    part: 'collaboration',
    question: 'The PM wants the completion-rate dashboard tomorrow, but the definition of a "completed session" is still disputed between two teams. What do you do?',
    talkingPoints: [
      'Ask what decision the dashboard will drive; that usually settles which definition matters now.',
      'Write both definitions down with an example session each, and show the numbers side by side so the disagreement is concrete.',
      'Ship something labelled honestly (a provisional definition, named as such) rather than blocking, and record who agreed to what.',
      'State assumptions out loud in the interview too ("I assume freshness within an hour is enough"), then check them.',
    ],
    tags: ['collaboration', 'stakeholders'],
  },
])
