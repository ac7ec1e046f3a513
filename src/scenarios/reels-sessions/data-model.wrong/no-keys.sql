-- mistake: no table declares a key or a NOT NULL column, so a retried client upload stores the same event twice, a session or a video can have two rows, and every count and join built on them can double
-- hint: Declare each table's grain as its PRIMARY KEY (event_id, session_id, video_id, creator_id, user_id) and make the foreign keys the facts join on (user_id, video_id, session_id) NOT NULL.
-- expect: grain:event-fact
-- expect: grain:session-fact
-- expect: grain:video-dimension
-- expect: grain:creator-dimension
-- expect: grain:user-dimension
-- expect: keys-not-null
CREATE TABLE fact_reels_events (
  event_id           VARCHAR(64),
  user_id            BIGINT,
  video_id           BIGINT,
  creator_id         BIGINT,
  session_id         VARCHAR(64),
  event_type         VARCHAR(16),
  event_timestamp    TIMESTAMP,
  view_duration_ms   INT,
  video_position_pct DECIMAL(5,2),
  device_type        VARCHAR(16),
  date_partition     DATE
)
PARTITION BY date_partition;

CREATE TABLE fact_reels_sessions (
  session_id               VARCHAR(64),
  user_id                  BIGINT,
  session_start_ts         TIMESTAMP,
  session_end_ts           TIMESTAMP,
  videos_watched           INT,
  total_watch_time_seconds INT,
  date_partition           DATE
)
PARTITION BY date_partition;

CREATE TABLE dim_videos (
  video_id               BIGINT,
  creator_id             BIGINT,
  upload_timestamp       TIMESTAMP,
  video_duration_seconds INT,
  video_category         VARCHAR(32)
);

CREATE TABLE dim_creators (
  creator_id       BIGINT,
  creator_username VARCHAR(64),
  follower_count   BIGINT
);

CREATE TABLE dim_users (
  user_id      BIGINT,
  country_code CHAR(2),
  age_group    VARCHAR(8)
);
