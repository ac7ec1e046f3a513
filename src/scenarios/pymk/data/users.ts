/** Users and their privacy settings (dim_users, dim_user_privacy). */
import type { Random } from '../../../core/random'
import { toDayNumber } from '../../../datasets/dates'
import { DAY_SECONDS, END, FIRST_REGISTRATION, LAST_REGISTRATION } from './calendar'
import type { PlannedUser, PrivacySetting } from './model'

const COUNTRIES: [string, number][] = [
  ['US', 0.3], ['IN', 0.16], ['BR', 0.1], ['GB', 0.07], ['DE', 0.06], ['MX', 0.06],
  ['FR', 0.05], ['CA', 0.05], ['ID', 0.05], ['NG', 0.04], ['JP', 0.03], ['ES', 0.03],
]
const FREQUENCIES: [PrivacySetting['frequency'], number][] = [['high', 0.2], ['medium', 0.55], ['low', 0.2], ['off', 0.05]]

/** Share of users without a dim_user_privacy row (settings never saved): they count as public. */
const NO_PRIVACY_ROW = 0.07
/** Share of private accounts among users with a privacy row. */
const PRIVATE_SHARE = 0.28

function drawPrivacy(random: Random, registrationDay: number): PrivacySetting | null {
  if (random.chance(NO_PRIVACY_ROW)) return null
  const frequency = random.weighted(FREQUENCIES)
  const first = registrationDay * DAY_SECONDS
  return {
    isPrivate: random.chance(PRIVATE_SHARE),
    // Users who turned PYMK off are never suggested to others either.
    allowSuggestions: frequency !== 'off',
    frequency,
    lastUpdated: first + Math.floor(random.next() * (END - first)),
  }
}

/**
 * Plans users 1..userCount. Registrations lean recent (half in the last three years) and
 * stop at LAST_REGISTRATION, so every user can be suggested in May and June.
 */
export function planUsers(count: number, random: Random): PlannedUser[] {
  const first = toDayNumber(FIRST_REGISTRATION)
  const last = toDayNumber(LAST_REGISTRATION)
  const users: PlannedUser[] = []
  for (let userId = 1; userId <= count; userId++) {
    const registrationDay = last - Math.floor((last - first) * Math.pow(random.next(), 1.6))
    users.push({ userId, registrationDay, country: random.weighted(COUNTRIES), privacy: drawPrivacy(random, registrationDay) })
  }
  return users
}

/** True when PYMK may suggest this user to others (no privacy row, or suggestions allowed). */
export const isSuggestible = (user: PlannedUser): boolean => user.privacy === null || user.privacy.allowSuggestions
/** Account type for the effectiveness exercise: missing privacy rows are public. */
export const isPrivate = (user: PlannedUser): boolean => user.privacy?.isPrivate === true
