-- mistake: there is no session table, so the dashboard's session duration (the metric that fell) has to be rebuilt from billions of events on every read, and sessions are cut at midnight by the date partitions of the events
-- hint: Add a session fact with one row per session (PRIMARY KEY (session_id)), built from the events when a session closes: user_id, start and end timestamps, videos watched, watch time, and the start day as a NOT NULL date_partition.
-- expect: entity:session-fact
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
  video_position_pct DECIMAL(5,2),
  device_type        VARCHAR(16),
  date_partition     DATE NOT NULL
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
