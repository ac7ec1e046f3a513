/**
 * The dates every part of the reels-sessions generator agrees on. tables.ts quotes them, so
 * a learner reading the schema explorer knows how far each table goes.
 */

/** "Today" for the scenario: no row is dated later. */
export const AS_OF = '2024-06-30'

/**
 * First day of fact_reels_events and fact_reels_sessions (a Monday). Six weeks: one
 * before the planted release, the rest after it; every exercise window lies inside.
 */
export const EVENTS_START = '2024-05-20'

/**
 * THE PLANTED CAUSE: Android app release 312.0 goes out on this day (a Tuesday). On it,
 * video starts are slower, so Android users swipe away sooner and sessions end earlier.
 */
export const ANDROID_RELEASE = '2024-05-28'

/** The two Monday-weeks of the creator growth exercise. */
export const PREVIOUS_WEEK = '2024-06-17'
export const CURRENT_WEEK = '2024-06-24'

/** Videos uploaded from this day on take part in the engagement ranking (June). */
export const RANKING_START = '2024-06-01'

/** First video upload day in dim_videos (older videos still get a trickle of views). */
export const CATALOG_START = '2024-01-02'
