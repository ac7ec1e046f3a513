-- why: no event id (the events are keyed on session, video, type and time), other names that still say their role (reel_interactions, reel_sessions, reels for the videos, dim_creator, dim_viewer), reel_id for the video id, a two-column PARTITION BY (ds, hr), MySQL-style inline KEY clauses and DOUBLE/TINYINT types.

CREATE TABLE dim_viewer (
  user_id       BIGINT NOT NULL PRIMARY KEY,
  country_code  CHAR(2),
  age_group     VARCHAR(8)
);

CREATE TABLE dim_creator (
  creator_id       BIGINT NOT NULL PRIMARY KEY,
  creator_username VARCHAR(64) NOT NULL,
  follower_count   BIGINT NOT NULL,
  UNIQUE KEY uq_creator_username (creator_username)
);

CREATE TABLE reels (
  reel_id                BIGINT NOT NULL PRIMARY KEY,
  creator_id             BIGINT NOT NULL,
  upload_timestamp       DATETIME NOT NULL,
  video_duration_seconds INT,
  video_category         VARCHAR(32),
  KEY idx_reels_creator (creator_id)
);

CREATE TABLE reel_sessions (
  session_id               VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id                  BIGINT NOT NULL,
  session_start_ts         DATETIME NOT NULL,
  session_end_ts           DATETIME NOT NULL,
  videos_watched           INT NOT NULL,
  total_watch_time_seconds INT NOT NULL,
  session_completed_flag   TINYINT NOT NULL,
  ds                       DATE NOT NULL,
  KEY idx_reel_sessions_user (user_id, ds)
)
PARTITION BY ds;

CREATE TABLE reel_interactions (
  session_id         VARCHAR(64) NOT NULL,
  reel_id            BIGINT NOT NULL,
  event_type         VARCHAR(16) NOT NULL,
  event_timestamp    DATETIME NOT NULL,
  user_id            BIGINT NOT NULL,
  creator_id         BIGINT NOT NULL,
  view_duration_ms   INT,
  video_position_pct DOUBLE,
  device_type        VARCHAR(16),
  ds                 DATE NOT NULL,
  hr                 TINYINT NOT NULL,
  PRIMARY KEY (session_id, reel_id, event_type, event_timestamp),
  KEY idx_interactions_reel (reel_id, ds)
)
PARTITION BY (ds, hr);
