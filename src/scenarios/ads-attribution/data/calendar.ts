/**
 * The dates and the window every part of the ads-attribution generator agrees on. tables.ts
 * quotes them, so a learner reading the schema explorer knows how far each table goes.
 */
import { toDayNumber } from '../../../datasets/dates'

/** "Today" for the scenario: no row is dated later. */
export const AS_OF = '2024-06-30'

/**
 * First day of fact_ad_events. The warehouse keeps two months of raw ad events: June (every
 * exercise's month) plus May, which the 7-day windows of early-June conversions reach into.
 */
export const EVENTS_START = '2024-05-01'

/** The attribution window: 7 days, [conversion - 7 days, conversion). */
export const WINDOW_DAYS = 7
export const WINDOW_HOURS = WINDOW_DAYS * 24
export const SECONDS_PER_DAY = 86_400
export const WINDOW_SECONDS = WINDOW_DAYS * SECONDS_PER_DAY

/** Seconds since 1970-01-01 UTC of midnight of a date. */
export function midnightOf(date: string): number {
  return toDayNumber(date) * SECONDS_PER_DAY
}

/** First and last second events may carry. */
export const FIRST_SECOND = midnightOf(EVENTS_START)
export const LAST_SECOND = midnightOf(AS_OF) + SECONDS_PER_DAY - 1
