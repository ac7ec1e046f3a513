-- Reels session analytics: our reference schema. Two facts (events and sessions), three
-- dimensions (videos, creators, users) and the share lineage. The names are the ones the
-- scenario's SQL exercises read, so every one of them runs here.

-- Grain: one row per client event ('view_start', 'view_end', 'like', 'share', 'comment').
-- The largest table by far: one partition per day (hour_partition for the streaming job).
-- creator_id is copied from dim_videos so creator questions skip a join on billions of rows.
CREATE TABLE fact_reels_events (
  event_id           VARCHAR(64)  NOT NULL,
  user_id            BIGINT       NOT NULL,  -- dim_users.user_id (the viewer)
  video_id           BIGINT       NOT NULL,  -- dim_videos.video_id
  creator_id         BIGINT       NOT NULL,  -- dim_creators.creator_id
  session_id         VARCHAR(64)  NOT NULL,  -- fact_reels_sessions.session_id
  event_type         VARCHAR(16)  NOT NULL,
  event_timestamp    TIMESTAMP    NOT NULL,  -- UTC
  -- measures: set on some event types only
  view_duration_ms   INT,                    -- 'view_end' rows
  video_position_pct DECIMAL(5,2),           -- 0-100
  device_type        VARCHAR(16),            -- 'ios', 'android', 'web'
  date_partition     DATE         NOT NULL,  -- DATE(event_timestamp)
  hour_partition     SMALLINT     NOT NULL,
  PRIMARY KEY (event_id),
  INDEX idx_events_video (video_id, date_partition),
  INDEX idx_events_creator (creator_id, date_partition),
  INDEX idx_events_session (session_id)
)
PARTITION BY date_partition;

-- Grain: one row per Reels session, pre-aggregated from the events when the session closes.
-- Partitioned by the day the session started; a session past midnight stays on that day.
CREATE TABLE fact_reels_sessions (
  session_id                VARCHAR(64)  NOT NULL,
  user_id                   BIGINT       NOT NULL,  -- dim_users.user_id
  session_start_ts          TIMESTAMP    NOT NULL,
  session_end_ts            TIMESTAMP    NOT NULL,
  videos_watched            INT          NOT NULL DEFAULT 0,  -- distinct videos started
  total_watch_time_seconds  INT          NOT NULL DEFAULT 0,
  unique_creators_watched   INT          NOT NULL DEFAULT 0,
  engagement_events_count   INT          NOT NULL DEFAULT 0,  -- likes + shares + comments
  session_completed_flag    BOOLEAN      NOT NULL DEFAULT FALSE,
  last_video_completion_pct DECIMAL(5,2),
  date_partition            DATE         NOT NULL,
  PRIMARY KEY (session_id),
  INDEX idx_sessions_user (user_id, date_partition)
)
PARTITION BY date_partition;

-- Grain: one row per video. Small and slowly changing: no partition.
CREATE TABLE dim_videos (
  video_id               BIGINT       NOT NULL,
  creator_id             BIGINT       NOT NULL,  -- dim_creators.creator_id
  upload_timestamp       TIMESTAMP    NOT NULL,
  video_duration_seconds INT,
  video_category         VARCHAR(32),
  content_rating         VARCHAR(8),
  thumbnail_url          VARCHAR(512),
  has_music              BOOLEAN,
  video_quality          VARCHAR(8),
  PRIMARY KEY (video_id),
  INDEX idx_videos_creator (creator_id),
  INDEX idx_videos_upload (upload_timestamp)
);

-- Grain: one row per creator, with today's follower count (overwritten daily: SCD type 1).
CREATE TABLE dim_creators (
  creator_id                BIGINT       NOT NULL,
  creator_username          VARCHAR(64)  NOT NULL,
  follower_count            BIGINT       NOT NULL DEFAULT 0,
  verification_status       VARCHAR(16),
  join_date                 DATE,
  creator_tier              VARCHAR(16),  -- 'rising', 'established', 'top'
  avg_video_engagement_rate DECIMAL(7,4),
  total_videos_posted       INT,
  PRIMARY KEY (creator_id),
  UNIQUE (creator_username)
);

-- Grain: one row per viewer.
CREATE TABLE dim_users (
  user_id                      BIGINT      NOT NULL,
  registration_date            DATE,
  country_code                 CHAR(2),
  age_group                    VARCHAR(8),
  preferred_categories         JSON,        -- e.g. ["comedy", "sports"]
  follower_count               INT,
  avg_session_duration_minutes DECIMAL(6,2),
  PRIMARY KEY (user_id)
);

-- Grain: one row per share of a video from one user to another. A root share has no parent;
-- a re-share points at the share it came from (walk the links for a cascade's depth).
CREATE TABLE fact_share_chains (
  share_id              VARCHAR(64) NOT NULL,
  original_video_id     BIGINT      NOT NULL,  -- dim_videos.video_id
  parent_share_id       VARCHAR(64),           -- NULL for a root share
  sharing_user_id       BIGINT      NOT NULL,
  receiving_user_id     BIGINT      NOT NULL,
  share_timestamp       TIMESTAMP   NOT NULL,
  share_depth           INT,                   -- as the client wrote it; not trusted
  views_generated_24h   INT,
  subsequent_shares_24h INT,
  PRIMARY KEY (share_id),
  INDEX idx_shares_parent (parent_share_id),
  INDEX idx_shares_video (original_video_id)
);
