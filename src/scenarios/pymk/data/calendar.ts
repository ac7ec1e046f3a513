/**
 * The dates and times every part of the pymk generator agrees on. Times are whole seconds
 * since 1970-01-01 UTC; day numbers are days since then (src/datasets/dates.ts).
 */
import { formatTimestamp, toDayNumber } from '../../../datasets/dates'

/** "Today" for the scenario: no row is dated later. */
export const AS_OF = '2024-06-30'

/** First day of fact_pymk_suggestions: May is kept so June can be told apart from "the last 30 days". */
export const SUGGESTIONS_START = '2024-05-01'
/** The month the effectiveness exercise grades. */
export const JUNE_START = '2024-06-01'

/** Background interactions (likes, comments, messages, views) are kept from this day on. */
export const INTERACTIONS_START = '2024-04-01'

/** Nobody registers after this day, so every user can take part in May's suggestions. */
export const LAST_REGISTRATION = '2024-04-30'
export const FIRST_REGISTRATION = '2014-01-01'

export const DAY_SECONDS = 86_400
/** The sustained-engagement window after an acceptance, both ends included. */
export const WINDOW_SECONDS = 30 * DAY_SECONDS

/** Seconds since the epoch of midnight starting `date`. */
export const startOf = (date: string): number => toDayNumber(date) * DAY_SECONDS
/** The last second of the as-of date: nothing is dated after it. */
export const END = startOf(AS_OF) + DAY_SECONDS - 1

/** 'YYYY-MM-DD HH:MM:SS' (UTC) of a time in seconds since the epoch. */
export function formatTime(seconds: number): string {
  const day = Math.floor(seconds / DAY_SECONDS)
  return formatTimestamp(day, seconds - day * DAY_SECONDS)
}
