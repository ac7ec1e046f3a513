import type { DatasetVariant } from '../../datasets/types'
import { toScenarioId } from '../../engine/ids'
import { definePythonExercise } from '../python-exercise'
import { defineModelExercise } from '../model-exercise'
import { defineProductExercise } from '../product-exercise'
import { defineSqlExercise, type ScenarioFiles } from '../sql-exercise'
import { defineScenario } from '../types'
import { feedFollowUps } from './follow-ups'
import { feedTables } from './tables'

// Statements and references as raw text. Only this folder: a wider './**' would also bundle
// the generator's design notes under data/, which name the planted cause the learner is meant
// to find. The known-wrong answers load on demand, from known-wrong.ts, for the graders only.
const files: ScenarioFiles = {
  text: import.meta.glob('./*.{md,sql,py}', { query: '?raw', import: 'default', eager: true }),
  modules: import.meta.glob('./*.{cases,rubric,spec}.ts'),
  loadWrong: () => import('./known-wrong').then((m) => m.knownWrongFiles),
}

const scenarioId = 'feed-engagement'

/**
 * The datasets feed-engagement exercises are graded on: the visible one first, then hidden
 * variants with other seeds and sizes. Every variant holds every planted edge case.
 */
const feedVariants: DatasetVariant[] = [
  // The visible seed was picked among a dozen so the story lands on the brief's numbers
  // (DAU/MAU 0.665 on 2024-05-05, 0.575 on 2024-06-28); the hidden ones are arbitrary.
  { key: 'visible', seed: 10, scale: 1 },
  { key: 'hidden-1', seed: 7741, scale: 0.6 },
  { key: 'hidden-2', seed: 31337, scale: 0.8 },
]

export const feedEngagement = defineScenario({
  id: toScenarioId(scenarioId),
  position: 1,
  title: 'News Feed engagement (DAU/MAU)',
  summary: 'News Feed stickiness slipped from 0.65 to 0.58 in two months: measure it, then find out why.',
  story: files.text['./story.md'],
  asOf: '2024-06-30',
  tables: feedTables,
  variants: feedVariants,
  followUps: feedFollowUps,
  exercises: [
    defineProductExercise(
      {
        scenarioId,
        title: "Why did DAU/MAU fall? Metrics, causes and a test",
        hints: [
          "Start with the ratio's two parts: did daily actives fall, monthly actives grow, or both? Then look at retention and session quality.",
          "Cut every metric by platform, app version, country and new vs. existing users: a drop concentrated in one segment points at its cause.",
          "For the test: one randomisation unit (the user), one primary metric, guardrails, and a duration of whole weeks long enough for the sample size you need.",
        ],
      },
      files,
    ),
    defineModelExercise(
      {
        scenarioId,
        title: "Design the News Feed activity schema",
        hints: [
          "Start from the questions: DAU/MAU and retention count users per day, the funnel reads sessions, cohorts read users. Three grains, so three tables.",
          "Write each table's grain in a comment and make it the key: session_id; (user_id, activity_date); user_id. A surrogate id is fine only beside UNIQUE on the grain.",
          "Give both facts a NOT NULL DATE day column and PARTITION BY it; counts as INT, flags as BOOLEAN; call the join column user_id everywhere and make it NOT NULL.",
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-dau-mau-ratio',
        title: 'Daily DAU/MAU for June',
        difficulty: 'medium',
        orderBy: ['activity_date'],
        hints: [
          'Work out DAU and MAU separately, then put them side by side. DAU is the easy half.',
          'MAU for a day looks back over that day and the 29 before it, so every June day needs its own window, and the window for early June reaches back into May.',
          'Build the 30 June dates (a recursive CTE or the DAU rows), join fact_user_daily_activity on activity_date BETWEEN date(d, \'-29 days\') AND d with is_dau = 1, and count DISTINCT users; multiply by 1.0 before dividing.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-cohort-retention',
        title: 'Monthly cohort retention (D1, D7, D30)',
        difficulty: 'medium',
        orderBy: ['cohort_month'],
        hints: [
          'Start from the users table, not the activity table: everyone who registered belongs to a cohort, even if they never came back.',
          'Day-N retention asks about one specific day: registration_date + N days. Being active later than that does not count.',
          'For each user, test EXISTS an is_dau = 1 row with activity_date = date(registration_date, \'+7 days\') (and +1, +30); then group by strftime(\'%Y-%m\', registration_date) and keep groups with COUNT(*) >= 100.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-engagement-funnel',
        title: 'Last week\'s engagement funnel',
        difficulty: 'easy',
        orderBy: ['date_partition'],
        hints: [
          'Every rate on a day has the same denominator: all sessions of that day.',
          'Count the days carefully: 2024-06-24 to 2024-06-30 is seven days, and "today minus 7 days" is 2024-06-23, one too many.',
          'Group by date_partition and, for each step, count the sessions meeting its condition (SUM(condition) or COUNT(*) FILTER (WHERE ...)); use 100.0 so the division is not integer, and note deep scroll is strictly above 50.',
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-dau-by-platform',
        title: 'Average DAU by platform, May vs June',
        difficulty: 'hard',
        orderBy: ['change_pct'],
        hints: [
          'First get each platform\'s daily active users per day, then average those per month.',
          'A day on which a platform had no sessions at all still belongs to the month: it counts as 0 active users, so an average over only the days that appear is too high.',
          'Divide each platform\'s summed daily DAU by 31 for May and 30 for June (or LEFT JOIN a calendar and COALESCE to 0); compute change_pct from those unrounded averages and round only at the end.',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-anomaly-detector',
        functionNames: ['detect_engagement_anomalies'],
        parameters: { detect_engagement_anomalies: ['daily_metrics', 'window_days', 'threshold_pct'] },
        title: 'Flag sudden engagement drops',
        difficulty: 'easy',
        hints: [
          'Loop over the days that have a full window before them: i from window_days to the end. Earlier days are never reported.',
          'The baseline is the mean of the window_days entries before day i, not including day i. A baseline of 0 means a drop of 0, not a division.',
          'drop = (baseline - current) / baseline * 100 for DAU and for engagement; flag when either is strictly above threshold_pct, round only when building the result, and compare the unrounded larger drop with 25 for severity.',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-engagement-processor',
        functionNames: ['UserEngagementProcessor'],
        parameters: { process_user_event: ['event'], get_daily_metrics: ['date'], calculate_dau_mau_ratio: ['current_date'] },
        title: 'Session health and DAU/MAU from an event stream',
        difficulty: 'medium',
        hints: [
          'Keep two kinds of state: one record per (user_id, session_id) with its first and last timestamps and counters, and one record per calendar date with its active users, sessions started and engagement points.',
          'Read every key and parse the timestamp before changing anything, so a bad event returns None with no trace. A session is counted once, on the date of its first event; likes, shares and comments add 1, 3 and 5 to the date of the event itself.',
          'The dates you are asked about arrive as text: use date.fromisoformat (or key your days by the same text). MAU unions the active users of the 30 dates from current_date - 29 days to current_date; the ratio is 0 when there are none.',
        ],
      },
      files,
    ),
  ],
})

export default feedEngagement
