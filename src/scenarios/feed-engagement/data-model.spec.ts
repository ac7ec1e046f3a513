import type { ModelSpec } from '../../engine/schema/types'
import { commonSynonyms } from '../../engine/schema/common-synonyms'

/**
 * News Feed engagement (`feed-engagement/data-model`): a session fact, a user-day activity fact
 * and a user (cohort) dimension, joined on user_id. Reference: src/scenarios/feed-engagement/data-model.sql.
 *
 * Order matters: roles are matched in this order, each table once. The session fact comes first
 * so `fact_user_sessions` is taken before the user-day hints (`user` + `date`, `activity`) look,
 * and the user dimension comes last so its broad `user` hint only sees what the facts left.
 */
export const feedEngagementModel: ModelSpec = {
  id: 'feed-engagement/data-model',
  entities: [
    {
      role: 'session-fact',
      label: 'session fact',
      kind: 'fact',
      reference: 'fact_user_sessions',
      nameHints: [['session'], ['visit']],
      // A surrogate `id` is accepted as the session id (synonyms); without any id, a session is
      // the user's session that started at a given instant.
      grain: [['session_id'], ['user_id', 'session_start_ts']],
      grainLabel: 'one row per session',
      measures: [
        'posts_viewed',
        'posts_liked',
        'posts_shared',
        'posts_commented',
        'stories_viewed',
        'total_scroll_distance_px',
        'max_scroll_depth_pct',
        'session_bounce_flag',
      ],
      partition: ['date_partition'],
      references: [{ column: 'user_id', entity: 'user-dimension' }],
      required: true,
    },
    {
      role: 'user-day-fact',
      label: 'user-day activity fact',
      kind: 'fact',
      reference: 'fact_user_daily_activity',
      nameHints: [['daily'], ['day'], ['activity'], ['dau'], ['user', 'date']],
      grain: [['user_id', 'activity_date']],
      grainLabel: 'one row per user per day',
      measures: [
        'is_dau',
        'is_feed_active',
        'is_stories_active',
        'is_creator',
        'total_sessions',
        'total_time_spent_minutes',
        'posts_created',
        'engagement_events',
      ],
      partition: ['activity_date'],
      references: [{ column: 'user_id', entity: 'user-dimension' }],
      required: true,
    },
    {
      role: 'user-dimension',
      label: 'user cohort dimension',
      kind: 'dimension',
      reference: 'dim_user_cohorts',
      nameHints: [['cohort'], ['user'], ['member'], ['account'], ['profile'], ['signup'], ['registration']],
      grain: [['user_id']],
      grainLabel: 'one row per registered user',
      measures: ['days_since_registration', 'lifetime_sessions'],
      references: [],
      required: true,
    },
  ],
  synonyms: {
    ...commonSynonyms,
    // Only the session fact reads session_id, so a surrogate `id` there is the session id.
    session_id: [...commonSynonyms.session_id, 'id'],
    date_partition: [...commonSynonyms.date_partition, 'session_date', 'start_date'],
    activity_date: [...commonSynonyms.activity_date, 'activity_dt', 'usage_date'],
    session_start_ts: ['session_start', 'start_ts', 'started_at', 'start_time', 'start_timestamp', 'session_start_time', 'session_started_at'],
    session_end_ts: ['session_end', 'end_ts', 'ended_at', 'end_time', 'end_timestamp', 'session_end_time', 'session_ended_at'],
    platform_type: ['platform', 'device_platform', 'client_platform', 'os', 'device_type', 'app_platform'],
    entry_point: ['entry_source', 'entry', 'source', 'referrer', 'launch_source'],
    posts_viewed: ['views', 'post_views', 'posts_seen', 'feed_posts_viewed', 'num_posts_viewed', 'view_count', 'posts_viewed_count'],
    posts_liked: ['likes', 'post_likes', 'num_likes', 'like_count', 'posts_liked_count'],
    posts_shared: ['shares', 'post_shares', 'num_shares', 'share_count', 'posts_shared_count'],
    posts_commented: ['comments', 'post_comments', 'num_comments', 'comment_count', 'posts_commented_count'],
    stories_viewed: ['story_views', 'stories_seen', 'num_stories_viewed'],
    total_scroll_distance_px: ['scroll_distance_px', 'scroll_distance', 'scroll_px', 'total_scroll_px'],
    max_scroll_depth_pct: ['scroll_depth_pct', 'max_scroll_depth', 'scroll_depth', 'max_scroll_pct'],
    session_bounce_flag: ['is_bounce', 'bounced', 'bounce_flag', 'is_bounced', 'bounce'],
    is_dau: ['is_active', 'active', 'was_active', 'active_flag', 'dau_flag', 'is_daily_active', 'dau'],
    is_feed_active: ['feed_active', 'used_feed'],
    is_stories_active: ['stories_active', 'used_stories'],
    is_creator: ['creator_flag', 'created_content', 'posted'],
    total_sessions: ['sessions', 'session_count', 'num_sessions', 'sessions_count', 'n_sessions'],
    total_time_spent_minutes: ['time_spent_minutes', 'minutes_spent', 'time_spent_min', 'total_minutes', 'time_spent', 'minutes'],
    posts_created: ['posts', 'posts_count', 'num_posts', 'posts_published', 'num_posts_created'],
    engagement_events: ['engagements', 'engagement_count', 'interactions', 'engagement_actions', 'num_engagements'],
    cohort_month: ['cohort', 'signup_month', 'registration_month', 'cohort_ym'],
    acquisition_channel: ['channel', 'signup_channel', 'acquisition_source', 'install_source'],
    user_segment: ['segment', 'user_type'],
    days_since_registration: ['days_since_signup', 'account_age_days', 'tenure_days'],
    lifetime_sessions: ['total_lifetime_sessions', 'sessions_lifetime'],
    last_active_date: ['last_seen_date', 'last_active', 'last_active_day', 'last_activity_date'],
  },
  questions: [
    {
      id: 'dau-per-day',
      label: 'DAU per day',
      sql: `SELECT activity_date, COUNT(DISTINCT user_id) AS dau
FROM fact_user_daily_activity
WHERE is_dau = 1
GROUP BY activity_date
ORDER BY activity_date`,
    },
    {
      id: 'sessions-per-platform-day',
      label: 'sessions and bounce rate per platform per day',
      sql: `SELECT date_partition, platform_type, COUNT(*) AS sessions,
  ROUND(100.0 * SUM(posts_viewed = 0) / COUNT(*), 2) AS bounce_rate_pct
FROM fact_user_sessions
GROUP BY date_partition, platform_type
ORDER BY date_partition, platform_type`,
    },
    {
      id: 'dau-by-channel',
      label: 'daily actives by acquisition channel',
      sql: `SELECT a.activity_date, c.acquisition_channel, COUNT(*) AS dau
FROM fact_user_daily_activity AS a
JOIN dim_user_cohorts AS c ON c.user_id = a.user_id
WHERE a.is_dau = 1
GROUP BY a.activity_date, c.acquisition_channel
ORDER BY a.activity_date, c.acquisition_channel`,
    },
    {
      id: 'sessions-per-user-by-cohort',
      label: 'sessions per active user by cohort month',
      sql: `SELECT c.cohort_month, COUNT(*) * 1.0 / COUNT(DISTINCT s.user_id) AS sessions_per_user
FROM fact_user_sessions AS s
JOIN dim_user_cohorts AS c ON c.user_id = s.user_id
GROUP BY c.cohort_month
ORDER BY c.cohort_month`,
    },
  ],
  passMark: 75,
}

export default feedEngagementModel
