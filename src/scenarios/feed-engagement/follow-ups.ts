import { defineFollowUps } from '../types'

/** What an interviewer asks after the feed exercises, and what a strong answer covers. */
export const feedFollowUps = defineFollowUps([
  {
    id: 'late-activity-and-restatements',
    part: 'sql',
    question:
      'Session logs from one platform arrive a day late after an outage. Your DAU/MAU table for those days is already published. How do you detect and correct it?',
    talkingPoints: [
      'Make the daily activity job idempotent: rebuilding a date partition from its sessions gives the same answer however many times it runs.',
      'Re-run a trailing window of days each night so late sessions land, and remember MAU for a day depends on the previous 29 days, so a late day changes up to 30 published ratios.',
      'Reconcile row counts and distinct users per platform per day against the source and alert on a gap, instead of waiting for an analyst to notice a dip.',
      'Annotate restated days on the dashboard so nobody reads the outage as a real drop in engagement.',
    ],
    tags: ['late-data', 'reconciliation'],
  },
  {
    id: 'activity-table-partitioning',
    part: 'model',
    question: 'The user-day activity table grows by a billion rows a year. How do you partition it, and what do you keep?',
    talkingPoints: [
      'Partition by activity_date: the rolling 30-day MAU and the cohort queries read a bounded date range.',
      'Cluster or sort within a partition by user_id so per-user lookups and joins to the cohort dimension are cheap.',
      'Keep user-day rows for as long as retention analysis needs them (long-term cohorts), raw sessions for less; aggregate older data to cohort or platform level.',
      'Respect deletion requests: a user who leaves must disappear from every partition, so plan how that delete runs.',
    ],
    tags: ['partitioning', 'retention'],
  },
  {
    id: 'rolling-mau-at-scale',
    part: 'sql',
    question: 'Computing MAU over a 30-day window for every day re-reads the same data 30 times. How would you run it every morning for a billion users?',
    talkingPoints: [
      'Pre-aggregate: keep one row per user with their last active date (or a 30-bit activity bitmap), updated once a day from yesterday\'s activity.',
      'Then MAU for today is a count over that small table, not a scan of 30 days of user-day rows.',
      'Approximate distinct counts (HyperLogLog sketches per day, merged over the window) are acceptable for a dashboard and far cheaper; say where exact numbers are still needed.',
      'Index or cluster by date and user so the incremental update touches only one partition.',
    ],
    tags: ['query-performance', 'pre-aggregation', 'indexing'],
  },
  {
    id: 'ownership-of-the-metric',
    part: 'collaboration',
    question: 'You own the DAU/MAU pipeline. What do you put in place so that the next drop is explained before leadership asks?',
    talkingPoints: [
      'Data quality checks at each step (row counts, NULL rates, platform mix) with alerts routed to the owning team, not a shared channel nobody reads.',
      'A runbook: how to re-run a day, how to restate, who to tell, and how to mark a dashboard as affected.',
      'Monitoring of freshness and completeness per platform, since a one-platform outage is the classic false alarm.',
      'Plan for schema changes upstream: contracts with the logging team and tests that fail loudly when a column changes meaning.',
    ],
    tags: ['ownership', 'monitoring'],
  },
  {
    id: 'clarifying-the-drop',
    part: 'collaboration',
    question: 'Your PM says "DAU/MAU dropped, find out why by Friday". What do you ask before writing any SQL?',
    talkingPoints: [
      'Since when, by how much, and compared with what (seasonality, last year, a holiday)?',
      'Did anything ship or change (a release, logging, a definition of "active")? Instrumentation changes explain many drops.',
      'Which part moved: DAU down, MAU up, or both? They point to different causes.',
      'Agree what "done" looks like: a root cause with evidence, or a list of ruled-out causes and next steps.',
    ],
    tags: ['collaboration', 'clarifying-questions'],
  },
])
