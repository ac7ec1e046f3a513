-- mistake: everything is in one wide table of events that also carries the session totals, the video's details, the creator's follower count and the viewer's country: a creator's follower count is copied onto millions of rows (and goes stale on all of them), session totals repeat on every event, and videos without events vanish
-- hint: Keep one grain per table: an event fact (one row per event) and a session fact (one row per session), both partitioned by day, plus video, creator and user dimensions that the facts reference by video_id, creator_id and user_id.
-- expect: one-wide-table
-- expect: entity:session-fact
-- expect: entity:video-dimension
-- expect: entity:creator-dimension
-- expect: entity:user-dimension
CREATE TABLE reels_events_wide (
  event_id               VARCHAR(64) PRIMARY KEY,
  event_type             VARCHAR(16) NOT NULL,
  event_timestamp        TIMESTAMP NOT NULL,
  view_duration_ms       INT,
  session_id             VARCHAR(64) NOT NULL,
  session_videos_watched INT,
  user_id                BIGINT NOT NULL,
  user_country_code      CHAR(2),
  video_id               BIGINT NOT NULL,
  video_category         VARCHAR(32),
  video_duration_seconds INT,
  creator_id             BIGINT NOT NULL,
  creator_username       VARCHAR(64),
  creator_follower_count BIGINT,
  date_partition         DATE NOT NULL
)
PARTITION BY date_partition;
