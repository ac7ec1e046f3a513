import type { TableSpec } from '../../datasets/types'
import { EVENTS_START } from './data/calendar'

/**
 * The reels-sessions tables as the exercise contract declares them (seed 2.2 in SQLite
 * types; `/work/shared/spec/exercises.md`), with learner-facing descriptions and the
 * indexes a warehouse would carry on its join and filter keys.
 */

const events: TableSpec = {
  name: 'fact_reels_events',
  description:
    `One row per client event in Reels (grain: event), ${EVENTS_START} to today. A viewed video gives a ` +
    "'view_start', usually a 'view_end', and sometimes 'like', 'share' or 'comment' events.",
  columns: [
    { name: 'event_id', type: 'TEXT', description: 'Event identifier; ids increase with event_timestamp.' },
    { name: 'user_id', type: 'INTEGER', notNull: true, description: 'The viewer (dim_users.user_id).' },
    { name: 'video_id', type: 'INTEGER', notNull: true, description: 'The video (dim_videos.video_id).' },
    { name: 'creator_id', type: 'INTEGER', notNull: true, description: "The video's creator (dim_creators.creator_id)." },
    { name: 'session_id', type: 'TEXT', notNull: true, description: 'The Reels session (fact_reels_sessions.session_id).' },
    {
      name: 'event_type',
      type: 'TEXT',
      notNull: true,
      description: "'view_start', 'view_end', 'like', 'share' or 'comment'. A session can start the same video more than once.",
    },
    { name: 'event_timestamp', type: 'TEXT', notNull: true, description: "When it happened, 'YYYY-MM-DD HH:MM:SS' UTC." },
    { name: 'view_duration_ms', type: 'INTEGER', description: "Milliseconds watched; set on 'view_end' rows only, else NULL." },
    { name: 'video_position_pct', type: 'REAL', description: 'Position in the video when the event fired, 0-100 (0 on view_start).' },
    { name: 'device_type', type: 'TEXT', description: "'ios', 'android' or 'web'." },
    {
      name: 'date_partition',
      type: 'TEXT',
      notNull: true,
      description: "date(event_timestamp). A session running past midnight has events on two date_partitions.",
    },
    { name: 'hour_partition', type: 'INTEGER', notNull: true, description: 'Hour of event_timestamp, 0-23 (UTC).' },
  ],
  primaryKey: ['event_id'],
  indexes: [
    { name: 'idx_events_date_partition', columns: ['date_partition'] },
    { name: 'idx_events_video_id', columns: ['video_id'] },
    { name: 'idx_events_creator_id', columns: ['creator_id'] },
    { name: 'idx_events_session_id', columns: ['session_id'] },
    { name: 'idx_events_user_id', columns: ['user_id'] },
  ],
}

const sessions: TableSpec = {
  name: 'fact_reels_sessions',
  description:
    `One row per Reels session (grain: session), pre-aggregated from fact_reels_events, ${EVENTS_START} to today.`,
  columns: [
    { name: 'session_id', type: 'TEXT', description: 'Session identifier; ids increase with start time.' },
    { name: 'user_id', type: 'INTEGER', notNull: true, description: 'The viewer (dim_users.user_id).' },
    { name: 'session_start_ts', type: 'TEXT', notNull: true, description: 'First event of the session (UTC).' },
    { name: 'session_end_ts', type: 'TEXT', notNull: true, description: 'Last event of the session (UTC); may be on the next day.' },
    { name: 'videos_watched', type: 'INTEGER', description: 'Distinct videos started in the whole session.' },
    { name: 'total_watch_time_seconds', type: 'INTEGER', description: "Sum of the session's view_end durations, in seconds." },
    { name: 'unique_creators_watched', type: 'INTEGER', description: 'Distinct creators of the videos started.' },
    { name: 'engagement_events_count', type: 'INTEGER', description: 'Likes + shares + comments in the session.' },
    {
      name: 'session_completed_flag',
      type: 'INTEGER',
      description: '1 when the last video of the session was watched to at least 90 % (the session ended on a finished video), else 0.',
    },
    { name: 'last_video_completion_pct', type: 'REAL', description: "Position reached in the session's last video, 0-100; NULL when its view_end was never logged." },
    { name: 'date_partition', type: 'TEXT', notNull: true, description: 'date(session_start_ts): the day the session started.' },
  ],
  primaryKey: ['session_id'],
  indexes: [
    { name: 'idx_sessions_date_partition', columns: ['date_partition'] },
    { name: 'idx_sessions_user_id', columns: ['user_id'] },
  ],
}

const videos: TableSpec = {
  name: 'dim_videos',
  description: 'One row per Reels video (grain: video), uploads from 2024-01-02 to yesterday.',
  columns: [
    { name: 'video_id', type: 'INTEGER', description: 'Video identifier; ids increase with upload time.' },
    { name: 'creator_id', type: 'INTEGER', notNull: true, description: 'The creator who posted it (dim_creators.creator_id).' },
    { name: 'upload_timestamp', type: 'TEXT', notNull: true, description: "Upload time, 'YYYY-MM-DD HH:MM:SS' UTC." },
    { name: 'video_duration_seconds', type: 'INTEGER', description: 'Length of the video in seconds.' },
    { name: 'video_category', type: 'TEXT', description: "Topic, e.g. 'comedy', 'sports', 'food'." },
    { name: 'content_rating', type: 'TEXT', description: "'G', 'PG' or 'PG-13'." },
    { name: 'thumbnail_url', type: 'TEXT', description: 'Thumbnail image URL.' },
    { name: 'has_music', type: 'INTEGER', description: '1 when the video has a music track, else 0.' },
    { name: 'video_quality', type: 'TEXT', description: "'720p', '1080p' or '4k'." },
  ],
  primaryKey: ['video_id'],
  indexes: [{ name: 'idx_videos_creator_id', columns: ['creator_id'] }],
}

const creators: TableSpec = {
  name: 'dim_creators',
  description: 'One row per creator (grain: creator). Follower counts are as of today.',
  columns: [
    { name: 'creator_id', type: 'INTEGER', description: 'Creator identifier.' },
    { name: 'creator_username', type: 'TEXT', description: 'Public handle, unique.' },
    { name: 'follower_count', type: 'INTEGER', description: 'Followers today.' },
    { name: 'verification_status', type: 'TEXT', description: "'verified', 'pending' or 'unverified'." },
    { name: 'join_date', type: 'TEXT', description: "Day the creator account was created, 'YYYY-MM-DD'." },
    { name: 'creator_tier', type: 'TEXT', description: "'rising' (< 10,000 followers), 'established' (< 100,000) or 'top'." },
    {
      name: 'avg_video_engagement_rate',
      type: 'REAL',
      description: '(likes + shares + comments) / view_starts on their videos in fact_reels_events, 4 decimals; NULL without views.',
    },
    { name: 'total_videos_posted', type: 'INTEGER', description: 'Videos in dim_videos.' },
  ],
  primaryKey: ['creator_id'],
}

const users: TableSpec = {
  name: 'dim_users',
  description: 'One row per viewer (grain: user).',
  columns: [
    { name: 'user_id', type: 'INTEGER', description: 'User identifier.' },
    { name: 'registration_date', type: 'TEXT', description: "Day the account was created, 'YYYY-MM-DD'." },
    { name: 'country_code', type: 'TEXT', description: 'ISO 3166 two-letter country.' },
    { name: 'age_group', type: 'TEXT', description: "'13-17', '18-24', '25-34', '35-44' or '45+'." },
    {
      name: 'preferred_categories',
      type: 'TEXT',
      description: `JSON array of video categories, e.g. '["comedy","sports"]' (read it with json_each).`,
    },
    { name: 'follower_count', type: 'INTEGER', description: "The user's own followers." },
    {
      name: 'avg_session_duration_minutes',
      type: 'REAL',
      description: "Average (session_end_ts - session_start_ts) of the user's rows in fact_reels_sessions, in minutes (2 decimals); NULL without sessions.",
    },
  ],
  primaryKey: ['user_id'],
}

const shareChains: TableSpec = {
  name: 'fact_share_chains',
  description:
    'One row per share of a video from one user to another (grain: share). A share made from the video itself ' +
    'is a root (parent_share_id NULL); a re-share points at the share it came from. One original video can have several roots.',
  columns: [
    { name: 'share_id', type: 'TEXT', description: 'Share identifier; ids increase with share_timestamp.' },
    { name: 'original_video_id', type: 'INTEGER', description: 'The video being passed on (dim_videos.video_id).' },
    { name: 'parent_share_id', type: 'TEXT', description: 'The share this one re-shares; NULL for a root share. Same original_video_id as its parent.' },
    { name: 'sharing_user_id', type: 'INTEGER', description: 'Who shared (for a re-share, the receiver of the parent share).' },
    { name: 'receiving_user_id', type: 'INTEGER', description: 'Who received it.' },
    { name: 'share_timestamp', type: 'TEXT', description: "When, 'YYYY-MM-DD HH:MM:SS' UTC." },
    {
      name: 'share_depth',
      type: 'INTEGER',
      description: 'Degrees from the original as written by the sharing client (1 = root). Older clients wrote it wrong: do not trust it.',
    },
    { name: 'views_generated_24h', type: 'INTEGER', description: 'Views the share brought in its first 24 hours.' },
    { name: 'subsequent_shares_24h', type: 'INTEGER', description: 'Re-shares of this share within 24 hours.' },
  ],
  primaryKey: ['share_id'],
  indexes: [
    { name: 'idx_shares_parent_share_id', columns: ['parent_share_id'] },
    { name: 'idx_shares_original_video_id', columns: ['original_video_id'] },
  ],
}

/** The six reels-sessions tables, in the order they are created and shown. */
export const reelsTables: TableSpec[] = [events, sessions, videos, creators, users, shareChains]
