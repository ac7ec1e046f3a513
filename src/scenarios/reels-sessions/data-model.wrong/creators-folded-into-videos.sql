-- mistake: there is no creator dimension: the creator's username and follower count are copied onto every one of their videos, so a creator's follower count must be updated on all their videos at once, differs between them when one update is missed, and a creator with no video has nowhere to live
-- hint: Give creators their own dimension, one row per creator (PRIMARY KEY (creator_id)) with username and follower_count, and keep only creator_id on the videos (and, as a copy for speed, on the events).
-- expect: entity:creator-dimension
-- expect: grain:creator-dimension
CREATE TABLE fact_reels_events (
  event_id           VARCHAR(64) PRIMARY KEY,
  user_id            BIGINT NOT NULL,
  video_id           BIGINT NOT NULL,
  creator_id         BIGINT NOT NULL,
  session_id         VARCHAR(64) NOT NULL,
  event_type         VARCHAR(16) NOT NULL,
  event_timestamp    TIMESTAMP NOT NULL,
  view_duration_ms   INT,
  date_partition     DATE NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE fact_reels_sessions (
  session_id               VARCHAR(64) PRIMARY KEY,
  user_id                  BIGINT NOT NULL,
  session_start_ts         TIMESTAMP NOT NULL,
  session_end_ts           TIMESTAMP NOT NULL,
  videos_watched           INT NOT NULL,
  total_watch_time_seconds INT NOT NULL,
  date_partition           DATE NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE dim_videos (
  video_id               BIGINT PRIMARY KEY,
  creator_id             BIGINT NOT NULL,
  creator_username       VARCHAR(64),
  creator_follower_count BIGINT,
  upload_timestamp       TIMESTAMP NOT NULL,
  video_duration_seconds INT,
  video_category         VARCHAR(32)
);

CREATE TABLE dim_users (
  user_id      BIGINT PRIMARY KEY,
  country_code CHAR(2),
  age_group    VARCHAR(8)
);
