/** Users (viewers) and creators. Planted creators carry the growth exercise's edge cases. */
import type { Random } from '../../../core/random'
import { addDays, toDayNumber } from '../../../datasets/dates'
import { ANDROID_RELEASE } from './calendar'
import type { Creator, CreatorRole, Device, ReelsConfig, User } from './model'

export const CATEGORIES = ['comedy', 'sports', 'food', 'music', 'dance', 'beauty', 'gaming', 'travel', 'pets', 'education']

const DEVICES: [Device, number][] = [
  ['android', 0.46],
  ['ios', 0.42],
  ['web', 0.12],
]
const COUNTRIES: [string, number][] = [
  ['US', 0.3], ['IN', 0.2], ['BR', 0.12], ['GB', 0.08], ['DE', 0.07], ['MX', 0.08], ['ID', 0.08], ['FR', 0.07],
]
const AGE_GROUPS: [string, number][] = [
  ['13-17', 0.12], ['18-24', 0.34], ['25-34', 0.3], ['35-44', 0.15], ['45+', 0.09],
]

const exponential = (random: Random, mean: number): number => -mean * Math.log(1 - random.next())

/** Viewers, ids 1..n. Android users install the release a few days after it ships (most of them). */
export function planUsers(config: ReelsConfig, random: Random): User[] {
  const users: User[] = []
  const release = toDayNumber(ANDROID_RELEASE)
  for (let i = 1; i <= config.users; i++) {
    const device = random.weighted(DEVICES)
    const categories = random.shuffle(CATEGORIES).slice(0, random.int(1, 3))
    users.push({
      userId: i,
      registrationDate: addDays('2019-01-01', random.int(0, 1975)),
      countryCode: random.weighted(COUNTRIES),
      ageGroup: random.weighted(AGE_GROUPS),
      preferredCategories: categories,
      followerCount: Math.floor(exponential(random, 180)),
      device,
      activity: Math.exp(random.normal(0, 0.8)),
      updateDay: device === 'android' && random.chance(0.9) ? release + Math.floor(exponential(random, 2)) : Infinity,
    })
  }
  return users
}

const HANDLE_WORDS = ['chef', 'daily', 'pixel', 'wild', 'urban', 'cozy', 'retro', 'lucky', 'neon', 'sunny', 'quiet', 'bold']
const HANDLE_NOUNS = ['maya', 'leo', 'kitchen', 'beats', 'moves', 'trails', 'paws', 'lab', 'studio', 'crew', 'nomad', 'glow']

/**
 * Planted creators, in every variant: exactly 999 and exactly 1000 followers (both active in
 * both weeks), two who only appear in the current week, one who only appears in the
 * previous week, one with events on 2024-06-16 and in the current week but none in the
 * previous week, and two with identical weekly counts (a tie on growth).
 */
const PLANTED: { role: CreatorRole; followers: number | null; joinDate?: string }[] = [
  { role: 'followers-999', followers: 999 },
  { role: 'followers-1000', followers: 1000 },
  { role: 'current-week-only', followers: null, joinDate: '2024-06-22' },
  { role: 'current-week-only', followers: null, joinDate: '2024-06-23' },
  { role: 'previous-week-only', followers: null },
  { role: 'skips-previous-week', followers: null },
  { role: 'growth-twin', followers: null },
  { role: 'growth-twin', followers: null },
]

/**
 * Creators, ids 1..n in a shuffled mix of ordinary and planted ones. Follower counts are
 * drawn by quota: 55 % of ordinary creators have >= 1000 followers.
 */
export function planCreators(config: ReelsConfig, random: Random): Creator[] {
  const n = config.ordinaryCreators
  const big = Math.floor(n * 0.55)
  const followers = random.shuffle(
    Array.from({ length: n }, (_, i) =>
      i < big ? Math.round(1000 * Math.exp(exponential(random, 1.6))) + 1 : random.int(20, 998),
    ),
  )
  const drafts: { role: CreatorRole; followers: number; joinDate?: string }[] = followers.map((f) => ({ role: 'ordinary', followers: f }))
  for (const p of PLANTED) drafts.push({ role: p.role, followers: p.followers ?? random.int(1500, 60_000), joinDate: p.joinDate })
  const usedNames = new Set<string>()
  return random.shuffle(drafts).map((d, i) => {
    let username: string
    do username = `${random.pick(HANDLE_WORDS)}_${random.pick(HANDLE_NOUNS)}${random.int(1, 99)}`
    while (usedNames.has(username))
    usedNames.add(username)
    return {
      creatorId: i + 1,
      username,
      followerCount: d.followers,
      verificationStatus: d.followers >= 50_000 ? 'verified' : random.chance(0.1) ? 'pending' : 'unverified',
      joinDate: d.joinDate ?? addDays('2018-06-01', random.int(0, 2000)),
      role: d.role,
    }
  })
}
