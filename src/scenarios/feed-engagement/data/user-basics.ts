import type { Random } from '../../../core/random'
import { toDayNumber, type IsoDate } from '../../../datasets/dates'
import { ANDROID_RELEASE } from './calendar'
import type { PlannedUser, Platform } from './model'

const PLATFORMS: [Platform, number][] = [
  ['android', 0.46],
  ['ios', 0.36],
  ['web', 0.18],
]
const CHANNELS: [string, number][] = [
  ['organic', 0.38],
  ['paid_social', 0.24],
  ['referral', 0.16],
  ['search', 0.12],
  ['app_store', 0.1],
]

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
export const exponential = (random: Random, mean: number): number => -mean * Math.log(1 - random.next())

/** Fields every user gets the same way, whatever their lifecycle. */
export function drawBasics(random: Random, registrationDate: IsoDate, habit: number): PlannedUser {
  const platform = random.weighted(PLATFORMS)
  const segment = random.chance(0.1) ? 'creator' : habit > 0.8 ? 'heavy_consumer' : 'casual'
  // Most Android users take the release within days (auto-update); a few never do.
  const androidUpdateDay =
    platform === 'android' && random.chance(0.92)
      ? toDayNumber(ANDROID_RELEASE) + Math.floor(exponential(random, 2.5))
      : Infinity
  return {
    userId: 0,
    registrationDate,
    platform,
    alsoWeb: platform !== 'web' && random.chance(0.15),
    channel: random.weighted(CHANNELS),
    segment,
    habit,
    lastPossibleDay: Infinity,
    neverActive: false,
    androidUpdateDay,
    sessionsBeforeHistory: 0,
  }
}

