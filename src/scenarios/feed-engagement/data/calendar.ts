/**
 * The dates every part of the feed-engagement generator agrees on. The descriptions in
 * tables.ts quote them, so a learner reading the schema explorer knows how far each table goes.
 */

/** "Today" for the scenario: no row is dated later. */
export const AS_OF = '2024-06-30'

/**
 * First day of fact_user_daily_activity. The warehouse keeps six months of user-days;
 * that covers every exercise (retention of 2024-01..05 cohorts needs 2024-01-02 onwards).
 */
export const ACTIVITY_START = '2024-01-01'

/**
 * First day of fact_user_sessions. Sessions are kept for a shorter window to keep the
 * browser image small; the activity table before this date has is_dau = 1 rows whose
 * sessions are no longer kept. May and June (the platform exercise) and the funnel week
 * are inside it.
 */
export const SESSIONS_START = '2024-05-01'

/**
 * The planted cause of the DAU/MAU drop: Android app release 9.14 goes out on this day
 * (a Wednesday); Android users who update get shorter, bouncier, less frequent sessions.
 */
export const ANDROID_RELEASE = '2024-05-22'
