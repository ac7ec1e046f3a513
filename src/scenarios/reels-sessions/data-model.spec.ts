import type { ModelSpec } from '../../engine/schema/types'
import { commonSynonyms } from '../../engine/schema/common-synonyms'

/**
 * Reels session analytics (`reels-sessions/data-model`): an event fact and a session fact, both
 * partitioned by day, and video, creator and user dimensions. Reference:
 * src/scenarios/reels-sessions/data-model.sql (which also holds fact_share_chains, a supporting
 * table the contract's data-model row does not ask for, so it is no role here).
 *
 * Order matters: roles are matched in this order, each table once. The facts come first so
 * `fact_reels_events` and `fact_reels_sessions` are taken before the video hint `reel` looks,
 * and the user dimension comes last so its broad `user` hint only sees what is left.
 */
export const reelsSessionsModel: ModelSpec = {
  id: 'reels-sessions/data-model',
  entities: [
    {
      role: 'event-fact',
      label: 'event fact',
      kind: 'fact',
      reference: 'fact_reels_events',
      nameHints: [['event'], ['interaction'], ['engagement'], ['action'], ['activity'], ['log'], ['view']],
      // Without an event id, an event is what happened to a video in a session at an instant;
      // a key without event_type or the timestamp refuses a second start of the same video.
      grain: [['event_id'], ['session_id', 'video_id', 'event_type', 'event_timestamp']],
      grainLabel: 'one row per event (a view start or end, a like, a share, a comment)',
      measures: ['view_duration_ms', 'video_position_pct'],
      partition: ['date_partition'],
      // creator_id on the events is a deliberate copy of dim_videos.creator_id, not a
      // requirement: a design that reaches creators through the videos is as correct.
      references: [
        { column: 'user_id', entity: 'user-dimension' },
        { column: 'video_id', entity: 'video-dimension' },
        { column: 'session_id', entity: 'session-fact' },
      ],
      required: true,
    },
    {
      role: 'session-fact',
      label: 'session fact',
      kind: 'fact',
      reference: 'fact_reels_sessions',
      nameHints: [['session'], ['visit']],
      grain: [['session_id'], ['user_id', 'session_start_ts']],
      grainLabel: 'one row per session',
      measures: [
        'videos_watched',
        'total_watch_time_seconds',
        'unique_creators_watched',
        'engagement_events_count',
        'session_completed_flag',
        'last_video_completion_pct',
      ],
      partition: ['date_partition'],
      references: [{ column: 'user_id', entity: 'user-dimension' }],
      required: true,
    },
    {
      role: 'video-dimension',
      label: 'video dimension',
      kind: 'dimension',
      reference: 'dim_videos',
      nameHints: [['video'], ['reel'], ['clip'], ['content'], ['media']],
      grain: [['video_id']],
      grainLabel: 'one row per video',
      measures: ['video_duration_seconds'],
      references: [{ column: 'creator_id', entity: 'creator-dimension' }],
      required: true,
    },
    {
      role: 'creator-dimension',
      label: 'creator dimension',
      kind: 'dimension',
      reference: 'dim_creators',
      nameHints: [['creator'], ['author'], ['publisher'], ['channel'], ['influencer']],
      grain: [['creator_id']],
      grainLabel: 'one row per creator',
      measures: ['follower_count', 'total_videos_posted', 'avg_video_engagement_rate'],
      references: [],
      required: true,
    },
    {
      role: 'user-dimension',
      label: 'user dimension',
      kind: 'dimension',
      reference: 'dim_users',
      nameHints: [['user'], ['viewer'], ['member'], ['account'], ['profile']],
      grain: [['user_id']],
      grainLabel: 'one row per viewer',
      measures: ['follower_count', 'avg_session_duration_minutes'],
      references: [],
      required: true,
    },
  ],
  synonyms: {
    ...commonSynonyms,
    date_partition: [...commonSynonyms.date_partition, 'session_date', 'start_date'],
    video_id: ['reel_id', 'media_id', 'content_id', 'clip_id', 'vid'],
    creator_id: ['author_id', 'owner_id', 'uploader_id', 'publisher_id', 'creator_user_id', 'channel_id'],
    session_start_ts: ['session_start', 'start_ts', 'started_at', 'start_time', 'start_timestamp', 'session_start_time', 'session_started_at'],
    session_end_ts: ['session_end', 'end_ts', 'ended_at', 'end_time', 'end_timestamp', 'session_end_time', 'session_ended_at'],
    view_duration_ms: ['watch_time_ms', 'watch_duration_ms', 'duration_ms', 'view_time_ms', 'watch_ms', 'view_duration', 'watch_time', 'watch_seconds', 'watch_time_seconds', 'view_duration_seconds'],
    video_position_pct: ['position_pct', 'playback_position_pct', 'video_position', 'progress_pct', 'completion_pct', 'watched_pct'],
    device_type: ['device', 'platform', 'platform_type', 'os', 'device_os', 'client_platform'],
    videos_watched: ['videos_viewed', 'videos_started', 'video_count', 'num_videos', 'reels_watched', 'videos_count', 'videos'],
    total_watch_time_seconds: ['watch_time_seconds', 'total_watch_seconds', 'watch_seconds', 'total_watch_time', 'watch_time_sec', 'watch_time_ms', 'total_watch_time_ms', 'session_duration_seconds', 'duration_seconds', 'duration_sec', 'session_length_seconds'],
    unique_creators_watched: ['creators_watched', 'distinct_creators', 'unique_creators', 'num_creators'],
    engagement_events_count: ['engagement_events', 'engagement_count', 'engagements', 'interactions', 'num_engagements'],
    session_completed_flag: ['is_completed', 'completed', 'session_completed', 'completed_flag', 'is_complete'],
    last_video_completion_pct: ['last_completion_pct', 'last_video_pct'],
    upload_timestamp: ['uploaded_at', 'upload_ts', 'upload_time', 'published_at', 'posted_at', 'created_at', 'upload_date'],
    video_duration_seconds: ['duration_seconds', 'duration_sec', 'duration_s', 'length_seconds', 'video_length_seconds', 'video_duration', 'duration'],
    video_category: ['category', 'content_category', 'topic', 'genre'],
    content_rating: ['rating', 'age_rating'],
    has_music: ['music', 'is_music', 'has_audio_track'],
    creator_username: ['username', 'handle', 'user_name', 'creator_handle', 'creator_name'],
    follower_count: ['followers', 'followers_count', 'num_followers', 'follower_cnt'],
    verification_status: ['is_verified', 'verified', 'verification'],
    creator_tier: ['tier'],
    total_videos_posted: ['videos_posted', 'video_count', 'num_videos', 'total_videos'],
    avg_video_engagement_rate: ['engagement_rate', 'avg_engagement_rate'],
    country_code: ['country', 'country_iso', 'country_cd'],
    age_group: ['age_bucket', 'age_band', 'age_range'],
    preferred_categories: ['interests', 'favorite_categories', 'categories'],
    avg_session_duration_minutes: ['avg_session_minutes', 'avg_session_length_minutes', 'avg_session_duration'],
  },
  questions: [
    {
      id: 'session-length-per-day',
      label: 'average session length and videos per session, per day',
      sql: `SELECT date_partition, COUNT(*) AS sessions,
  ROUND(AVG((julianday(session_end_ts) - julianday(session_start_ts)) * 1440), 2) AS avg_session_minutes,
  ROUND(AVG(videos_watched), 2) AS avg_videos
FROM fact_reels_sessions
GROUP BY date_partition
ORDER BY date_partition`,
    },
    {
      id: 'watch-time-by-device',
      label: 'watch minutes per device per day',
      sql: `SELECT date_partition, device_type, SUM(view_duration_ms) / 60000.0 AS watch_minutes
FROM fact_reels_events
WHERE event_type = 'view_end'
GROUP BY date_partition, device_type
ORDER BY date_partition, device_type`,
    },
    {
      id: 'views-per-category',
      label: 'video starts per category per day',
      sql: `SELECT e.date_partition, v.video_category, COUNT(*) AS view_starts
FROM fact_reels_events AS e
JOIN dim_videos AS v ON v.video_id = e.video_id
WHERE e.event_type = 'view_start'
GROUP BY e.date_partition, v.video_category
ORDER BY e.date_partition, v.video_category`,
    },
    {
      id: 'watch-time-by-country',
      label: 'watch time per session by country',
      sql: `SELECT u.country_code, COUNT(*) AS sessions, AVG(s.total_watch_time_seconds) AS avg_watch_seconds
FROM fact_reels_sessions AS s
JOIN dim_users AS u ON u.user_id = s.user_id
GROUP BY u.country_code
ORDER BY u.country_code`,
    },
  ],
  passMark: 75,
}

export default reelsSessionsModel
