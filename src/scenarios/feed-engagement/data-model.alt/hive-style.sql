-- why: Hive/Spark-style DDL: the session table's day `ds` is declared only in PARTITIONED BY (ds STRING), the daily table lists ds and says PARTITIONED BY (ds), STRING for text, DOUBLE for a percentage, other names (feed_sessions, daily_user_activity, user_profiles) and column synonyms (platform, views, likes, is_active, session_count).

-- grain: one row per feed session
CREATE TABLE feed_sessions (
  session_id        STRING NOT NULL,
  user_id           BIGINT NOT NULL,
  session_start     TIMESTAMP NOT NULL,
  session_end       TIMESTAMP,
  platform          STRING,
  entry_point       STRING,
  views             INT,
  likes             INT,
  shares            INT,
  comments          INT,
  stories_viewed    INT,
  scroll_depth_pct  DOUBLE,
  bounced           BOOLEAN,
  PRIMARY KEY (session_id)
)
PARTITIONED BY (ds STRING);

-- grain: one row per (user, day)
CREATE TABLE daily_user_activity (
  user_id            BIGINT NOT NULL,
  ds                 STRING NOT NULL,   -- 'YYYY-MM-DD'
  is_active          BOOLEAN,
  is_feed_active     BOOLEAN,
  is_stories_active  BOOLEAN,
  session_count      INT,
  time_spent_minutes INT,
  engagement_count   INT,
  PRIMARY KEY (user_id, ds)
)
PARTITIONED BY (ds);

-- grain: one row per user
CREATE TABLE user_profiles (
  user_id             BIGINT NOT NULL,
  registration_date   STRING NOT NULL,
  cohort_month        STRING,
  acquisition_channel STRING,
  PRIMARY KEY (user_id)
);
