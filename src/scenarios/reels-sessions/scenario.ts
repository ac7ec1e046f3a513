import type { DatasetVariant } from '../../datasets/types'
import { toScenarioId } from '../../engine/ids'
import { definePythonExercise } from '../python-exercise'
import { defineModelExercise } from '../model-exercise'
import { defineProductExercise } from '../product-exercise'
import { defineSqlExercise, type ScenarioFiles } from '../sql-exercise'
import { defineScenario } from '../types'
import { reelsFollowUps } from './follow-ups'
import { reelsTables } from './tables'

// Statements and references as raw text. Only this folder: a wider './**' would also bundle
// the generator's design notes under data/, which name the planted cause the learner is meant
// to find. The known-wrong answers load on demand, from known-wrong.ts, for the graders only.
const files: ScenarioFiles = {
  text: import.meta.glob('./*.{md,sql,py}', { query: '?raw', import: 'default', eager: true }),
  modules: import.meta.glob('./*.{cases,rubric,spec}.ts'),
  loadWrong: () => import('./known-wrong').then((m) => m.knownWrongFiles),
}

const scenarioId = 'reels-sessions'

/**
 * The datasets reels-sessions exercises are graded on: the visible one first, then hidden
 * variants with other seeds and sizes. Every variant holds every planted edge case.
 */
const reelsVariants: DatasetVariant[] = [
  { key: 'visible', seed: 20, scale: 1 },
  { key: 'hidden-1', seed: 5113, scale: 0.6 },
  { key: 'hidden-2', seed: 90210, scale: 0.8 },
]

export const reelsSessions = defineScenario({
  id: toScenarioId(scenarioId),
  position: 2,
  title: 'Reels session analytics',
  summary: 'People spend less time per Reels session than a month ago: measure sessions, videos, creators and shares, then find out why.',
  story: files.text['./story.md'],
  asOf: '2024-06-30',
  tables: reelsTables,
  variants: reelsVariants,
  followUps: reelsFollowUps,
  exercises: [
    defineProductExercise(
      {
        scenarioId,
        title: "Shorter Reels sessions: metrics, hypotheses and a pre-loading test",
        hints: [
          "Split session length into videos per session and time per video; then ask which one moved, where, and since when.",
          "A release date, a device type or a network type that the drop is concentrated in is strong evidence; check time to first frame and skips.",
          "Pre-loading costs data and battery: name those as guardrails, randomise by user, and size the test for the lift you expect.",
        ],
      },
      files,
    ),
    defineModelExercise(
      {
        scenarioId,
        title: "Design the Reels analytics schema",
        hints: [
          "Separate what happens (events), what a visit adds up to (sessions) and the things they point at (videos, creators, viewers): two facts, three dimensions.",
          "Key events on an event id, not on (session, video): a session can start the same video twice. Key sessions on session_id and each dimension on its own id.",
          "Both facts get a NOT NULL DATE date_partition (the event's day; the session's start day) named in PARTITION BY, plus an hour column for streaming; events carry user_id, video_id and session_id NOT NULL, and videos carry creator_id.",
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-session-completion',
        title: 'Daily session completion rate',
        difficulty: 'easy',
        orderBy: ['date_partition'],
        hints: [
          'Work at the grain of one session on one day first: which videos did it start that day? Then count per day.',
          'Only view_start events say a video was started, and a session can start the same video twice: count distinct videos. A session that only has a like or a view_end on a day (it crossed midnight) did not start anything that day.',
          'GROUP BY date_partition, session_id over view_start events of 2024-06-24..06-30 with COUNT(DISTINCT video_id); then per day COUNT(*) and SUM(videos >= 3), and multiply by 100.0 before dividing.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-video-engagement-score',
        title: "June's most engaging new videos",
        difficulty: 'medium',
        orderBy: ['engagement_score', 'video_id'],
        hints: [
          'Two filters with different jobs: which videos take part (uploaded in June) and which events count (June events). Then one row per video.',
          'A view_end is an event too, but it weighs 0; view_count counts view_start events only; the floor is "at least 50". Ties share a rank and the next rank skips (1, 1, 3): that is RANK, not ROW_NUMBER or DENSE_RANK.',
          'SUM(CASE event_type WHEN ... END) for the score, SUM(event_type = \'view_start\') for views, HAVING views >= 50, RANK() OVER (ORDER BY engagement_score DESC), then ORDER BY engagement_score DESC, video_id LIMIT 20.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-creator-wow-growth',
        title: 'Creator week-over-week growth',
        difficulty: 'medium',
        orderBy: ['week_over_week_growth_pct', 'creator_id'],
        hints: [
          'Count each creator\'s engagement events in the week of 2024-06-17 and in the week of 2024-06-24, side by side on one row.',
          'Weeks start on Monday: 2024-06-23 (a Sunday) belongs to the earlier week and 2024-06-16 to neither. A creator needs events in both weeks; exactly 1000 followers qualifies.',
          'SUM(date_partition >= \'2024-06-24\') and SUM(date_partition < \'2024-06-24\') over events of 2024-06-17..06-30 of the four engagement types, join dim_creators with follower_count >= 1000, keep rows where both sums are above 0, and compute ROUND(100.0 * (this - last) / last, 2).',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-share-cascade',
        title: 'Largest share cascades',
        difficulty: 'hard',
        orderBy: ['cascade_size', 'original_video_id'],
        hints: [
          'A cascade is every share of one original video, however many root shares it has; its size is a plain count.',
          'The depth of a share is the number of links from it up to its root, plus one: compute it from parent_share_id, because the stored share_depth column is wrong for some rows.',
          'WITH RECURSIVE: start from the roots (parent_share_id IS NULL) at depth 1, join children ON child.parent_share_id = chain.share_id with depth + 1, then GROUP BY original_video_id with COUNT(*) and MAX(depth).',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-event-parser',
        functionNames: ['parse_event'],
        parameters: { parse_event: ['event_json'] },
        title: 'Parse a Reels event without trusting it',
        difficulty: 'easy',
        hints: [
          'Wrap json.loads in try/except and return None unless the result is a dict with every required key present and not None.',
          'True is an int in Python: check ids with type(x) is int (and > 0), not isinstance; read the timestamp with datetime.fromisoformat, which accepts a trailing Z from Python 3.11.',
          'metadata may be missing or None (read as {}), but anything else that is not a dict means None: use isinstance(metadata, dict) before .get().',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-viral-detector',
        functionNames: ['detect_viral_videos'],
        parameters: { detect_viral_videos: ['events', 'now', 'window_hours', 'viral_threshold', 'min_views'] },
        title: 'Detect videos going viral',
        difficulty: 'easy',
        hints: [
          'Parse now once with datetime.fromisoformat and compute the window start as now - timedelta(hours=window_hours); never call datetime.now().',
          'Skip events without video_id or event_type, keep those with start <= timestamp <= now, and count per video: views, and shares plus comments (likes do not count).',
          'Keep videos with views >= min_views and a ratio strictly above the threshold, then sort with key=lambda v: (-ratio, video_id).',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-rolling-metrics',
        functionNames: ['UserMetricsTracker'],
        parameters: { UserMetricsTracker: ['window_hours'], update_user_metrics: ['user_id', 'event'], get_user_metrics: ['user_id', 'now'] },
        title: 'Rolling 24-hour user metrics',
        difficulty: 'medium',
        hints: [
          'Store each user\'s events (type, parsed timestamp, duration) as they arrive; compute the metrics when asked, from the now you are given, never from the clock.',
          'The window is inclusive: keep events with timestamp >= now - timedelta(hours=window_hours). An unknown user has no events, so every count is 0.',
          'videos_watched and views both count video_view events; minutes add view_duration_ms / 60000 (missing means 0); engagement_rate = likes / views, 0.0 with no views.',
        ],
      },
      files,
    ),
  ],
})

export default reelsSessions
