/**
 * The Python exercises the engine grades: for each id, the names the learner's code must
 * define, the starter code shown in the editor, the cases and the TypeScript reference.
 */
import * as anomalyCases from './cases/anomaly-detector'
import * as attributionCases from './cases/attribution-calculator'
import * as engagementCases from './cases/engagement-processor'
import * as parserCases from './cases/event-parser'
import * as friendCases from './cases/friend-of-friend'
import * as recommendationCases from './cases/recommendations'
import * as rollingCases from './cases/rolling-metrics'
import * as viralCases from './cases/viral-detector'
import * as anomaly from './reference/anomaly-detector'
import * as attribution from './reference/attribution-calculator'
import * as engagement from './reference/engagement-processor'
import * as parser from './reference/event-parser'
import * as friend from './reference/friend-of-friend'
import * as recommendations from './reference/recommendations'
import * as rolling from './reference/rolling-metrics'
import * as viral from './reference/viral-detector'
import { STARTER_CODE } from './starter-code'
import type { PythonCase, PythonStep, StepOutcome } from './types'

export interface PythonCaseSet {
  visible: PythonCase[]
  hidden: PythonCase[]
  /** Deterministic: the same seed and count always give the same cases. */
  random: (seed: number, count: number) => PythonCase[]
}

export interface PythonExercise {
  id: string
  /** Top-level names the learner's code must define (functions or classes). */
  functionNames: string[]
  /** Positional parameter names per function, class (its `__init__`) and method, for feedback. */
  parameters: Record<string, string[]>
  starterCode: string
  cases: PythonCaseSet
  /** The TypeScript reference: the expected outcome of each step of a case. */
  reference: (steps: PythonStep[]) => StepOutcome[]
}

export const PYTHON_EXERCISES: Record<string, PythonExercise> = Object.fromEntries(
  (
    [
      {
        id: 'feed-engagement/py-engagement-processor',
        functionNames: ['UserEngagementProcessor'],
        parameters: { process_user_event: ['event'], get_daily_metrics: ['date'], calculate_dau_mau_ratio: ['current_date'] },
        cases: engagementCases,
        reference: engagement.run,
      },
      {
        id: 'feed-engagement/py-anomaly-detector',
        functionNames: ['detect_engagement_anomalies'],
        parameters: { detect_engagement_anomalies: ['daily_metrics', 'window_days', 'threshold_pct'] },
        cases: anomalyCases,
        reference: anomaly.run,
      },
      { id: 'reels-sessions/py-event-parser', functionNames: ['parse_event'], parameters: { parse_event: ['event_json'] }, cases: parserCases, reference: parser.run },
      {
        id: 'reels-sessions/py-rolling-metrics',
        functionNames: ['UserMetricsTracker'],
        parameters: { UserMetricsTracker: ['window_hours'], update_user_metrics: ['user_id', 'event'], get_user_metrics: ['user_id', 'now'] },
        cases: rollingCases,
        reference: rolling.run,
      },
      {
        id: 'reels-sessions/py-viral-detector',
        functionNames: ['detect_viral_videos'],
        parameters: { detect_viral_videos: ['events', 'now', 'window_hours', 'viral_threshold', 'min_views'] },
        cases: viralCases,
        reference: viral.run,
      },
      {
        id: 'ads-attribution/py-attribution-calculator',
        functionNames: ['AttributionCalculator'],
        parameters: { AttributionCalculator: ['attribution_window_days'], process_ad_event: ['event'] },
        cases: attributionCases,
        reference: attribution.run,
      },
      {
        id: 'pymk/py-recommendations',
        functionNames: ['generate_recommendations'],
        parameters: { generate_recommendations: ['target_user_id', 'users_data', 'max_recommendations'] },
        cases: recommendationCases,
        reference: recommendations.run,
      },
      {
        id: 'pymk/py-friend-of-friend',
        functionNames: ['SocialGraphAnalyzer'],
        parameters: { SocialGraphAnalyzer: ['users_data'], find_friend_of_friend_candidates: ['target_user_id', 'max_distance'] },
        cases: friendCases,
        reference: friend.run,
      },
    ] as const
  ).map((e) => [
    e.id,
    {
      id: e.id,
      functionNames: [...e.functionNames],
      parameters: Object.fromEntries(Object.entries(e.parameters).map(([k, v]) => [k, [...v]])),
      starterCode: STARTER_CODE[e.id],
      cases: { visible: e.cases.visible, hidden: e.cases.hidden, random: e.cases.randomCases },
      reference: e.reference,
    },
  ]),
)

/** The exercise with this id; throws on an unknown id (a bug in the caller, not the answer). */
export function getPythonExercise(id: string): PythonExercise {
  const exercise = PYTHON_EXERCISES[id]
  if (!exercise) throw new Error(`Unknown Python exercise "${id}". Known: ${Object.keys(PYTHON_EXERCISES).join(', ')}`)
  return exercise
}

/** Default number of random cases Submit adds, and the seed when none is given. */
export const DEFAULT_RANDOM_CASES = 20
export const DEFAULT_RANDOM_SEED = 20240630

/** Every case Submit runs: visible, then hidden, then `randomCount` seeded random ones. */
export function buildSubmitCases(id: string, seed = DEFAULT_RANDOM_SEED, randomCount = DEFAULT_RANDOM_CASES): PythonCase[] {
  const { cases } = getPythonExercise(id)
  return [...cases.visible, ...cases.hidden, ...cases.random(seed, randomCount)]
}
