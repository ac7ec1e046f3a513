/**
 * THE PLANTED STORY: how a suggestion moves through view -> request -> accept -> sustained.
 * Private accounts accept far fewer requests when the requester shares few friends with
 * them; with 6+ mutual friends they accept as often as public accounts, and once accepted
 * they interact more (quality over quantity).
 */
import type { Random } from '../../../core/random'

export type Bucket = '0' | '1-2' | '3-5' | '6+'

export function bucketOf(mutualFriends: number): Bucket {
  if (mutualFriends === 0) return '0'
  if (mutualFriends <= 2) return '1-2'
  if (mutualFriends <= 5) return '3-5'
  return '6+'
}

const BUCKET_INDEX: Record<Bucket, number> = { '0': 0, '1-2': 1, '3-5': 2, '6+': 3 }

export const VIEW_CHANCE = 0.72
/** Chance a viewed suggestion is requested, by bucket. */
const REQUEST = { public: [0.1, 0.2, 0.32, 0.42], private: [0.06, 0.14, 0.28, 0.4] }
/** Chance a request is accepted, by bucket: the story. Private with 0 mutual friends: never. */
const ACCEPT = { public: [0.38, 0.52, 0.63, 0.72], private: [0, 0.17, 0.47, 0.73] }
/** Chance an accepted connection interacts within 30 days. */
const SUSTAIN = { public: 0.47, private: 0.63 }

const kind = (isPrivate: boolean) => (isPrivate ? 'private' : 'public')

export function requestChance(isPrivate: boolean, mutualFriends: number, privateZeroRequested: boolean): number {
  if (isPrivate && mutualFriends === 0 && !privateZeroRequested) return 0
  return REQUEST[kind(isPrivate)][BUCKET_INDEX[bucketOf(mutualFriends)]]
}

export function acceptChance(isPrivate: boolean, mutualFriends: number): number {
  return ACCEPT[kind(isPrivate)][BUCKET_INDEX[bucketOf(mutualFriends)]]
}

export function sustainChance(isPrivate: boolean, mutualFriends: number): number {
  return Math.min(0.9, SUSTAIN[kind(isPrivate)] + 0.015 * Math.min(mutualFriends, 8))
}

/** Mutual friends at suggestion time, 1 and up (0 is decided separately). */
const MUTUAL_WEIGHTS: [number, number][] = [
  [1, 22], [2, 18], [3, 13], [4, 10], [5, 8], [6, 6], [7, 4], [8, 3], [9, 2], [10, 2], [11, 1], [12, 1], [14, 1], [17, 0.5],
]

/**
 * PYMK today suggests a private account only with at least one mutual friend, except from
 * the phone's contacts (rare); public accounts are also suggested by location and contacts.
 */
export function drawMutualFriends(random: Random, isPrivate: boolean): number {
  if (random.chance(isPrivate ? 0.01 : 0.12)) return 0
  return random.weighted(MUTUAL_WEIGHTS)
}

export const exponential = (random: Random, mean: number): number => -mean * Math.log(1 - random.next())
