-- mistake: the events are keyed on (session_id, video_id, event_type), which assumes a video is started, liked or shared at most once per session: a rewatch's second view_start (or a second like after an unlike) is refused, so views and engagement are undercounted
-- hint: Give each event its own key: an event_id from the client (PRIMARY KEY (event_id)), or, without one, a key that includes event_timestamp.
-- expect: grain:event-fact
CREATE TABLE fact_reels_events (
  session_id         VARCHAR(64) NOT NULL,
  video_id           BIGINT NOT NULL,
  event_type         VARCHAR(16) NOT NULL,
  event_timestamp    TIMESTAMP NOT NULL,
  user_id            BIGINT NOT NULL,
  creator_id         BIGINT NOT NULL,
  view_duration_ms   INT,
  video_position_pct DECIMAL(5,2),
  date_partition     DATE NOT NULL,
  PRIMARY KEY (session_id, video_id, event_type)
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
