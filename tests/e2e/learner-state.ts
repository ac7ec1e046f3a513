/**
 * A learner's data across every persisted field, in the shape the store writes it (browser tests
 * seed it into localStorage): solved, Submits, drafts, ratings, follow-up notes, a review due,
 * a week of activity with named mistakes, time spent, and a finished mock loop.
 */
import { readFileSync } from 'node:fs'

export const DAY = 24 * 60 * 60 * 1000
export const STORAGE_KEY = 'de-trainer'

const EXERCISE = 'feed-engagement/sql-dau-mau-ratio'
const wrong = readFileSync('src/scenarios/feed-engagement/sql-dau-mau-ratio.wrong/mau-counts-user-days.sql', 'utf8')
const mistake = /^-- mistake: (.*)$/m.exec(wrong)![1]

/** The data as of `now` (ms): times are relative to it. */
export function learnerState(now: number) {
  const at = (daysAgo: number, minutes = 0) => new Date(now - daysAgo * DAY + minutes * 60_000).toISOString()
  const user = { id: 'mistake:mau-counts-user-days', label: mistake }
  return {
    solved: { [EXERCISE]: { at: at(1) } },
    attempts: { [EXERCISE]: 3, 'feed-engagement/py-anomaly-detector': 1, 'feed-engagement/product-sense': 1 },
    drafts: { [EXERCISE]: '-- my answer\nSELECT 1', 'feed-engagement/product-sense': '## Metrics\n\nDAU, MAU and their ratio.' },
    selfRatings: { 'feed-engagement/product-sense': { metrics: 'strong', 'root-cause': 'weak' } },
    ratingHistory: { 'feed-engagement/product-sense': [{ at: at(2), coverage: { metrics: 80, 'root-cause': 20 }, ratings: { metrics: 'strong' } }] },
    followUpNotes: { 'feed-engagement/late-activity-and-restatements': 'Re-run the trailing 30 days.' },
    followUpRatings: { 'feed-engagement/late-activity-and-restatements': 'weak' },
    reviews: {
      [`mistake:${EXERCISE}`]: { id: `mistake:${EXERCISE}`, kind: 'mistake', target: { exerciseId: EXERCISE }, label: mistake, createdAt: at(2), step: 0, dueAt: at(1) },
    },
    activity: [
      { at: at(2), exerciseId: EXERCISE, verdict: 'rejected', mistakes: [user] },
      { at: at(2, 5), exerciseId: EXERCISE, verdict: 'rejected', mistakes: [user] },
      { at: at(2, 9), exerciseId: 'feed-engagement/product-sense', verdict: 'rejected', mistakes: [{ id: 'rubric:root-cause', label: 'Missed rubric point: Root cause' }] },
      { at: at(1), exerciseId: EXERCISE, verdict: 'accepted', mistakes: [] },
      { at: at(0, -30), exerciseId: 'feed-engagement/py-anomaly-detector', verdict: 'rejected', mistakes: [] },
    ],
    timeSpent: { [EXERCISE]: 1500, 'feed-engagement/product-sense': 600, 'feed-engagement/py-anomaly-detector': 95 },
    mockLoops: {
      loop1: {
        id: 'loop1',
        scope: 'feed-engagement',
        startedAt: at(3),
        finishedAt: at(3, 30),
        status: 'finished',
        current: 0,
        setAside: {},
        parts: [
          {
            kind: 'sql',
            exerciseId: EXERCISE,
            secondsGiven: 1500,
            startedAt: at(3),
            endedAt: at(3, 20),
            endedBy: 'submit',
            answer: '-- mock answer\nSELECT 1',
            result: { verdict: 'rejected', score: 0, secondsUsed: 1200, mistakes: [mistake], missed: [], feedback: ['Rejected: 0 of 30 rows match.'] },
          },
        ],
      },
    },
  }
}


/** An export file of `learnerState(now)`, as the Export button writes it. */
export const exportFileOf = (now: number) =>
  JSON.stringify({ format: 'de-trainer-export', version: 4, exportedAt: new Date(now).toISOString(), state: learnerState(now) })
