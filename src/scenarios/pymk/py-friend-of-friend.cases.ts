import { definePythonCases } from '../../engine/python/exercises'
import { run } from './py-friend-of-friend.reference'
import { createRandom } from '../../core/random'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { construct, method, numberCases } from '../../engine/python/case-helpers'

const CLASS = 'SocialGraphAnalyzer'
type User = { user_id: number; friend_ids?: number[]; last_active_days_ago?: number; country_code?: string; is_private?: boolean }
const find = (users: User[], target: number) => [construct(CLASS, [users as unknown as JsonValue]), method('find_friend_of_friend_candidates', [target])]
const SEED_USERS: User[] = [
  { user_id: 1, country_code: 'US', is_private: false, friend_ids: [2, 3], last_active_days_ago: 0 },
  { user_id: 2, country_code: 'US', is_private: false, friend_ids: [1, 4], last_active_days_ago: 5 },
  { user_id: 3, country_code: 'CA', is_private: true, friend_ids: [1, 5], last_active_days_ago: 10 },
  { user_id: 4, country_code: 'US', is_private: false, friend_ids: [2], last_active_days_ago: 2 },
  { user_id: 5, country_code: 'CA', is_private: true, friend_ids: [3, 6, 7], last_active_days_ago: 3 },
]

export const visible: PythonCase[] = numberCases('visible', 'visible', [
  ['the seed example: candidates for user 1', find(SEED_USERS, 1)],
  [
    'a candidate reached through two friends is listed once',
    find(
      [
        { user_id: 1, friend_ids: [2, 3], last_active_days_ago: 0 },
        { user_id: 2, friend_ids: [4], last_active_days_ago: 0 },
        { user_id: 3, friend_ids: [4], last_active_days_ago: 5 },
        { user_id: 4, friend_ids: [], last_active_days_ago: 1 },
      ],
      1,
    ),
  ],
  ['an unknown user has no candidates', find(SEED_USERS, 42)],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  [
    'friendship declared on one side only is symmetric',
    find([{ user_id: 1 }, { user_id: 2, friend_ids: [1] }, { user_id: 3, friend_ids: [2] }], 1),
  ],
  ['someone only named in friend_ids, not in users_data, is not a candidate', find([{ user_id: 1, friend_ids: [2] }, { user_id: 2, friend_ids: [1, 50] }], 1)],
  [
    'a mutual friend missing from users_data adds nothing but still counts in the average',
    find(
      [
        { user_id: 1, friend_ids: [2, 60], last_active_days_ago: 0 },
        { user_id: 2, friend_ids: [5], last_active_days_ago: 0 },
        { user_id: 5, friend_ids: [60], last_active_days_ago: 0 },
        { user_id: 6, friend_ids: [60] },
      ],
      1,
    ),
  ],
  [
    'equal strengths are ordered by user_id',
    find([{ user_id: 1, friend_ids: [2] }, { user_id: 2, friend_ids: [9, 4, 7], last_active_days_ago: 5 }, { user_id: 9 }, { user_id: 4 }, { user_id: 7 }], 1),
  ],
  [
    'no last_active_days_ago means 30 days: no activity bonus',
    find([{ user_id: 1, friend_ids: [2, 3] }, { user_id: 2, friend_ids: [8] }, { user_id: 3, friend_ids: [8], last_active_days_ago: 0 }, { user_id: 8 }], 1),
  ],
  [
    'friends of friends who are already friends are not candidates',
    find([{ user_id: 1, friend_ids: [2, 3] }, { user_id: 2, friend_ids: [3, 4] }, { user_id: 3, friend_ids: [4] }, { user_id: 4 }], 1),
  ],
  [
    'mutual_friend_ids are sorted ascending',
    find(
      [
        { user_id: 1, friend_ids: [30, 10, 20], last_active_days_ago: 1 },
        { user_id: 30, friend_ids: [5] },
        { user_id: 10, friend_ids: [5] },
        { user_id: 20, friend_ids: [5] },
        { user_id: 5 },
      ],
      1,
    ),
  ],
  ['a user with no friends has no candidates', find([{ user_id: 1 }, { user_id: 2, friend_ids: [3] }, { user_id: 3 }], 1)],
])

/** Seeded cases: random graphs; activity values keep strengths exact, so ties are real ties. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, 'pymk/py-friend-of-friend')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork(`case-${n}`)
    const size = r.int(3, 12)
    const ids = r.shuffle(Array.from({ length: 20 }, (_, i) => i + 1)).slice(0, size)
    const users: User[] = ids.map((user_id) => {
      const u: User = { user_id }
      if (r.chance(0.9)) u.friend_ids = r.shuffle([...ids, 21, 22].filter((x) => x !== user_id)).slice(0, r.int(0, 3))
      // 0, 5 and 10+ days give bonuses 1, 0.5 and 0: sums of these are exact in any order.
      if (r.chance(0.85)) u.last_active_days_ago = r.pick([0, 5, 10, 15, 30])
      return u
    })
    return { id: `random-${n + 1}`, label: `random case ${n + 1} (seed ${seed})`, visibility: 'random' as const, steps: find(users, r.chance(0.9) ? r.pick(ids) : 99) }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
