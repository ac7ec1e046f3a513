-- mistake: the video dimension is keyed on (video_id, creator_id), which is wider than one row per video: a second row for the same video under another creator is accepted, and every join from the events on video_id would then count that video's events twice
-- hint: One row per video means PRIMARY KEY (video_id); creator_id is an attribute of the video (NOT NULL, a foreign key to the creators), not part of its key.
-- expect: grain:video-dimension
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
  video_id               BIGINT NOT NULL,
  creator_id             BIGINT NOT NULL,
  upload_timestamp       TIMESTAMP NOT NULL,
  video_duration_seconds INT,
  video_category         VARCHAR(32),
  PRIMARY KEY (video_id, creator_id)
);

CREATE TABLE dim_creators (
  creator_id       BIGINT PRIMARY KEY,
  creator_username VARCHAR(64) NOT NULL,
  follower_count   BIGINT
);

CREATE TABLE dim_users (
  user_id      BIGINT PRIMARY KEY,
  country_code CHAR(2),
  age_group    VARCHAR(8)
);
