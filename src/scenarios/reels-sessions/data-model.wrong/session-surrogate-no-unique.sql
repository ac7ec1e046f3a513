-- mistake: the session table's only key is a surrogate row id, so when the sessionization job re-runs for a late event it appends a second row for the same session_id, and sessions per day and average session length are counted twice for it
-- hint: A surrogate key is fine, but the grain still needs a key: add UNIQUE (session_id), or make session_id the primary key.
-- expect: grain:session-fact
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
  session_row_id           BIGINT PRIMARY KEY,
  session_id               VARCHAR(64) NOT NULL,
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
  upload_timestamp       TIMESTAMP NOT NULL,
  video_duration_seconds INT,
  video_category         VARCHAR(32)
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
