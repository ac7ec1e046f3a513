-- why: short table names (sessions, user_day, users), `ds` for the day, BigQuery-style types (INT64, STRING, FLOAT64, BOOL), a surrogate key on the user-day table with UNIQUE (user_id, ds) holding the grain, CLUSTER BY beside PARTITION BY, and a signup date instead of registration_date.

-- one row per registered user
CREATE TABLE users (
  user_id      INT64  NOT NULL PRIMARY KEY,
  signup_date  DATE   NOT NULL,
  signup_month STRING,           -- 'YYYY-MM'
  channel      STRING,           -- how we acquired them
  segment      STRING
);

-- one row per app session
CREATE TABLE sessions (
  session_id         STRING    NOT NULL PRIMARY KEY,
  user_id            INT64     NOT NULL,  -- users.user_id
  started_at         TIMESTAMP NOT NULL,
  ended_at           TIMESTAMP,
  platform           STRING    NOT NULL,
  entry_point        STRING,
  posts_viewed       INT64,
  likes              INT64,
  shares             INT64,
  comments           INT64,
  stories_viewed     INT64,
  scroll_distance_px INT64,
  max_scroll_depth   FLOAT64,
  is_bounce          BOOL,
  ds                 DATE      NOT NULL   -- DATE(started_at)
)
PARTITION BY ds
CLUSTER BY user_id;

-- one row per user per day they showed up (is_active = FALSE: background activity only)
CREATE TABLE user_day (
  user_day_id    INT64 NOT NULL PRIMARY KEY,   -- surrogate
  user_id        INT64 NOT NULL,
  ds             DATE  NOT NULL,
  is_active      BOOL  NOT NULL,
  sessions       INT64,
  minutes_spent  INT64,
  posts_created  INT64,
  engagements    INT64,
  UNIQUE (user_id, ds)                         -- the grain
)
PARTITION BY ds;
