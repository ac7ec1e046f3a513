import type { DatasetVariant } from '../../datasets/types'
import { toScenarioId } from '../../engine/ids'
import { definePythonExercise } from '../python-exercise'
import { defineModelExercise } from '../model-exercise'
import { defineProductExercise } from '../product-exercise'
import { defineSqlExercise, type ScenarioFiles } from '../sql-exercise'
import { defineScenario } from '../types'
import { pymkFollowUps } from './follow-ups'
import { pymkTables } from './tables'

// Statements and references as raw text. Only this folder: a wider './**' would also bundle
// the generator's design notes under data/, which name the planted story the learner is meant
// to find. The known-wrong answers load on demand, from known-wrong.ts, for the graders only.
const files: ScenarioFiles = {
  text: import.meta.glob('./*.{md,sql,py}', { query: '?raw', import: 'default', eager: true }),
  modules: import.meta.glob('./*.{cases,rubric,spec}.ts'),
  loadWrong: () => import('./known-wrong').then((m) => m.knownWrongFiles),
}

const scenarioId = 'pymk'

/**
 * The datasets pymk exercises are graded on: the visible one first, then hidden variants
 * with other seeds and sizes. Every variant holds every planted edge case.
 */
const pymkVariants: DatasetVariant[] = [
  { key: 'visible', seed: 6, scale: 1 },
  { key: 'hidden-1', seed: 6061, scale: 0.6 },
  { key: 'hidden-2', seed: 60601, scale: 0.8 },
]

export const pymk = defineScenario({
  id: toScenarioId(scenarioId),
  position: 4,
  title: 'People You May Know (private accounts)',
  summary: 'Should PYMK keep suggesting private accounts? Measure how those suggestions end, then rank friends of friends.',
  story: files.text['./story.md'],
  asOf: '2024-06-30',
  tables: pymkTables,
  variants: pymkVariants,
  followUps: pymkFollowUps,
  exercises: [
    defineProductExercise(
      {
        scenarioId,
        title: "PYMK and private accounts: success metrics and a threshold test",
        hints: [
          "Follow the funnel from suggestion to lasting connection: request rate, acceptance rate, and whether the two people then interact.",
          "Private accounts also carry a cost: unwanted requests. Blocks, reports and declines belong among your guardrails.",
          "Users who are connected influence each other: consider randomising by cluster or region, and compare several thresholds N.",
        ],
      },
      files,
    ),
    defineModelExercise(
      {
        scenarioId,
        title: "Design the People You May Know schema",
        hints: [
          "Name each table's grain first: one suggestion shown, one pair of users in the graph, one user's privacy settings.",
          "The same person can be suggested again on another day, so key suggestions on a suggestion_id (or target, suggested user and timestamp), not on the pair. The graph, in contrast, keeps one row per pair: a relationship_id, or the pair itself as the key.",
          "Store outcomes as BOOLEAN flags (was_viewed, was_requested, was_accepted) plus outcome_timestamp. Add date_partition DATE NOT NULL with PARTITION BY. Key the privacy dimension on user_id so suggested_user_id joins it.",
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-private-effectiveness',
        title: 'PYMK effectiveness for private accounts',
        difficulty: 'hard',
        orderBy: ['account_type', 'mutual_bucket'],
        hints: [
          'Work one suggestion at a time first: its account type, its bucket, and three flags (requested, accepted, sustained). Then group and turn the counts into rates.',
          'Account type belongs to the suggested user, and a suggested user without a dim_user_privacy row is public, so keep them with a LEFT JOIN. Sustained needs an accepted request AND an engaging interaction in either direction inside [outcome_timestamp, outcome_timestamp + 30 days].',
          "Flag sustained with was_accepted = 1 AND EXISTS (... WHERE ((from = target AND to = suggested) OR (from = suggested AND to = target)) AND interaction_type IN ('like', 'comment', 'message') AND interaction_timestamp BETWEEN outcome_timestamp AND datetime(outcome_timestamp, '+30 days')) — mind the parentheses around the OR; divide with 100.0 and NULLIF(denominator, 0).",
        ],
      },
      files,
    ),
    defineSqlExercise(
      {
        scenarioId,
        slug: 'sql-mutual-friends',
        title: 'Friends of friends for user 42',
        difficulty: 'medium',
        orderBy: ['mutual_friends', 'candidate_user_id'],
        hints: [
          "A friendship is stored once, in either direction. Start by listing every active friendship both ways round (a UNION ALL of the table with its columns swapped), keeping only relationship_type = 'friend' AND status = 'active'.",
          "From 42's friends, step once more to their friends: those are the candidates. Then remove 42 itself, 42's own friends, and anyone who appears with 42 in a row with status = 'blocked', whichever column 42 is in and whatever the relationship_type.",
          'Group by candidate and COUNT(DISTINCT the friend in the middle); ORDER BY mutual_friends DESC, candidate_user_id ASC and LIMIT 10 so ties at the cut are settled by the smaller id.',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-friend-of-friend',
        functionNames: ['SocialGraphAnalyzer'],
        parameters: { SocialGraphAnalyzer: ['users_data'], find_friend_of_friend_candidates: ['target_user_id', 'max_distance'] },
        title: 'Friend-of-friend candidates',
        difficulty: 'medium',
        hints: [
          'Build the graph once in __init__: a dict from user id to a set of friend ids, adding every friendship in both directions.',
          'Collect candidates in a set first: friends of the target\'s friends, minus the target and the target\'s friends, keeping only ids that are in users_data. Then build one entry per candidate.',
          'mutual_friend_ids = sorted(target_friends & candidate_friends); strength = sum(1 + max(0, 10 - days) / 10 for known mutual friends) / len(all mutual friends), days defaulting to 30; sort with key (-strength, user_id).',
        ],
      },
      files,
    ),
    definePythonExercise(
      {
        scenarioId,
        slug: 'py-recommendations',
        functionNames: ['generate_recommendations'],
        parameters: { generate_recommendations: ['target_user_id', 'users_data', 'max_recommendations'] },
        title: 'Rule-based friend recommendations',
        difficulty: 'easy',
        hints: [
          'Find the target first (return [] if absent), then loop over every other user, skipping the target and anyone in the target\'s friend_ids.',
          'Mutual friends are len(set(target friend_ids) & set(candidate friend_ids)). Use .get with defaults: missing friend_ids is [], missing last_active_days_ago must never count as active (float(\'inf\')), and None == None for countries.',
          'Apply the private-account rules after the others (-10 with no mutual friend, +3 with two or more), keep score > 0 or private with a mutual friend, sort with key (-score, user_id) and slice to max_recommendations.',
        ],
      },
      files,
    ),
  ],
})

export default pymk
