-- why: short names (events, sessions, videos, creators, users), BigQuery types (STRING, INT64, FLOAT64, BOOL, JSON), events partitioned by DATE(event_ts) with no separate date column, sessions with a surrogate key plus UNIQUE (session_id), CLUSTER BY, and a share table under another name.

-- one row per viewer
CREATE TABLE users (
  user_id           INT64 NOT NULL PRIMARY KEY,
  signup_date       DATE,
  country           STRING,
  age_bucket        STRING,
  interests         JSON
);

-- one row per creator
CREATE TABLE creators (
  creator_id        INT64  NOT NULL PRIMARY KEY,
  username          STRING NOT NULL,
  followers         INT64,
  tier              STRING
);

-- one row per video
CREATE TABLE videos (
  video_id          INT64     NOT NULL PRIMARY KEY,
  creator_id        INT64     NOT NULL,
  uploaded_at       TIMESTAMP NOT NULL,
  duration_seconds  INT64,
  category          STRING
);

-- one row per session
CREATE TABLE sessions (
  session_sk        INT64     NOT NULL PRIMARY KEY,  -- surrogate
  session_id        STRING    NOT NULL,
  user_id           INT64     NOT NULL,
  started_at        TIMESTAMP NOT NULL,
  ended_at          TIMESTAMP NOT NULL,
  videos_started    INT64,
  watch_time_seconds INT64,
  is_completed      BOOL,
  session_date      DATE      NOT NULL,
  UNIQUE (session_id)
)
PARTITION BY session_date
CLUSTER BY user_id;

-- one row per client event
CREATE TABLE events (
  event_id          STRING    NOT NULL PRIMARY KEY,
  session_id        STRING    NOT NULL,
  user_id           INT64     NOT NULL,
  video_id          INT64     NOT NULL,
  creator_id        INT64     NOT NULL,
  event_type        STRING    NOT NULL,
  event_ts          TIMESTAMP NOT NULL,
  watch_time_ms     INT64,
  position_pct      FLOAT64,
  device            STRING
)
PARTITION BY DATE(event_ts)
CLUSTER BY video_id, user_id;

-- one row per share of a video from one user to another
CREATE TABLE shares (
  share_id          STRING NOT NULL PRIMARY KEY,
  parent_share_id   STRING,
  original_video_id INT64  NOT NULL,
  from_user_id      INT64  NOT NULL,
  to_user_id        INT64  NOT NULL,
  shared_at         TIMESTAMP NOT NULL
);
