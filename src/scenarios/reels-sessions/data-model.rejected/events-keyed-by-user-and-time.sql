-- mistake: the events carry an event_id but are keyed on (user_id, event_timestamp): a retried upload of the same event with a later timestamp is stored twice, while two real events of one user in the same second (a like right after a view_start) collide
-- hint: The event's own id is its key: PRIMARY KEY (event_id). Timestamps are not unique per user at one-second precision.
-- expect: grain:event-fact
CREATE TABLE fact_reels_events (
  event_id           VARCHAR(64) NOT NULL,
  user_id            BIGINT NOT NULL,
  video_id           BIGINT NOT NULL,
  creator_id         BIGINT NOT NULL,
  session_id         VARCHAR(64) NOT NULL,
  event_type         VARCHAR(16) NOT NULL,
  event_timestamp    TIMESTAMP NOT NULL,
  view_duration_ms   INT,
  date_partition     DATE NOT NULL,
  PRIMARY KEY (user_id, event_timestamp)
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
