import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-recommendations.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { call, numberCases } from '../../engine/python/case-helpers'

const FN = 'generate_recommendations'
type User = { user_id: number; country_code?: string; is_private?: boolean; friend_ids?: number[]; last_active_days_ago?: number }
const SEED_USERS: User[] = [
  { user_id: 1, country_code: 'US', is_private: false, friend_ids: [2, 3], last_active_days_ago: 0 },
  { user_id: 2, country_code: 'US', is_private: false, friend_ids: [1, 4], last_active_days_ago: 5 },
  { user_id: 3, country_code: 'CA', is_private: true, friend_ids: [1, 5], last_active_days_ago: 10 },
  { user_id: 4, country_code: 'US', is_private: false, friend_ids: [2], last_active_days_ago: 2 },
  { user_id: 5, country_code: 'CA', is_private: true, friend_ids: [3, 6, 7], last_active_days_ago: 3 },
]
const recommend = (target: number, users: User[], max: number) => [call(FN, [target, users as unknown as JsonValue, max])]

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  ['the seed example: recommendations for user 1', recommend(1, SEED_USERS, 3)],
  [
    'a private account with two mutual friends gets the bonus',
    recommend(1, [
      { user_id: 1, country_code: 'US', friend_ids: [2, 3] },
      { user_id: 8, country_code: 'FR', is_private: true, friend_ids: [2, 3], last_active_days_ago: 30 },
      { user_id: 9, country_code: 'US', friend_ids: [2, 3], last_active_days_ago: 1 },
    ], 5),
  ],
  [
    'max_recommendations cuts the list',
    recommend(10, [
      { user_id: 10, country_code: 'BR', friend_ids: [11] },
      { user_id: 12, country_code: 'BR', friend_ids: [11] },
      { user_id: 13, country_code: 'BR', last_active_days_ago: 1 },
      { user_id: 14, country_code: 'BR' },
    ], 2),
  ],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  ['an unknown target -> []', recommend(77, SEED_USERS, 5)],
  [
    'a private account without mutual friends is penalised out',
    recommend(1, [{ user_id: 1, country_code: 'US', friend_ids: [2] }, { user_id: 5, country_code: 'US', is_private: true, last_active_days_ago: 0 }], 5),
  ],
  [
    'a private account with one mutual friend is kept',
    recommend(1, [{ user_id: 1, country_code: 'US', friend_ids: [2] }, { user_id: 5, country_code: 'DE', is_private: true, friend_ids: [2], last_active_days_ago: 40 }], 5),
  ],
  ['two users without a country count as the same country', recommend(1, [{ user_id: 1, friend_ids: [] }, { user_id: 2 }, { user_id: 3, country_code: 'US' }], 5), '+3 when the candidate\'s country_code equals the target\'s (two users without a country count as the same country)'],
  [
    'last active exactly 7 days ago earns the bonus; 8 does not; missing never does',
    recommend(1, [
      { user_id: 1, country_code: 'US' },
      { user_id: 2, country_code: 'CA', last_active_days_ago: 7 },
      { user_id: 3, country_code: 'CA', last_active_days_ago: 8 },
      { user_id: 4, country_code: 'CA' },
    ], 5),
  ],
  [
    'equal scores are ordered by user_id',
    recommend(1, [{ user_id: 1, country_code: 'US', friend_ids: [9] }, { user_id: 6, country_code: 'US' }, { user_id: 4, country_code: 'US' }, { user_id: 5, friend_ids: [9], country_code: 'MX' }], 5),
  ],
  ['max_recommendations 0 -> []', recommend(1, SEED_USERS, 0)],
  [
    'friends and the target are never recommended, even with mutual friends',
    recommend(1, [
      { user_id: 1, country_code: 'US', friend_ids: [2, 3] },
      { user_id: 2, country_code: 'US', friend_ids: [3] },
      { user_id: 3, country_code: 'US', friend_ids: [2] },
      { user_id: 4, country_code: 'US', friend_ids: [2, 3] },
    ], 5),
  ],
  ['friendship is not made symmetric here: only the lists count', recommend(1, [{ user_id: 1, country_code: 'US' }, { user_id: 2, country_code: 'FR', friend_ids: [1] }], 5)],
])

/** Seeded cases: small random social graphs (friend lists need not be symmetric). */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'pymk/py-recommendations')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const size = r.int(3, 10)
    const ids = r.shuffle(Array.from({ length: 15 }, (_, i) => i + 1)).slice(0, size)
    const users = ids.map((user_id) => {
      const u: Record<string, JsonValue> = { user_id }
      if (r.chance(0.9)) u.country_code = r.pick(['US', 'CA', 'IN'])
      if (r.chance(0.8)) u.is_private = r.chance(0.35)
      if (r.chance(0.9)) u.friend_ids = r.shuffle(ids.filter((x) => x !== user_id)).slice(0, r.int(0, 4))
      if (r.chance(0.85)) u.last_active_days_ago = r.pick([0, 1, 3, 7, 8, 14, 30])
      return u as JsonValue
    })
    const target = r.chance(0.9) ? r.pick(ids) : 99
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps: [call(FN, [target, users, r.int(0, 6)])] }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
