-- why: a surrogate `id` as the session key, a user-day table called user_daily_stats keyed on (user_id, date), a one-row-per-user dim_user with created_at, MySQL-style inline INDEX/KEY clauses, NUMERIC and DOUBLE PRECISION types, and no PARTITION BY clause at all (the NOT NULL date columns are the partition candidates).

CREATE TABLE dim_user (
  user_id             BIGINT NOT NULL PRIMARY KEY,
  created_at          TIMESTAMP NOT NULL,          -- registration
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(40),
  user_segment        VARCHAR(40),
  lifetime_sessions   INTEGER,
  KEY idx_dim_user_created (created_at)
);

CREATE TABLE fact_feed_session (
  id                       BIGINT NOT NULL PRIMARY KEY,  -- the session id
  user_id                  BIGINT NOT NULL REFERENCES dim_user (user_id),
  start_ts                 TIMESTAMP NOT NULL,
  end_ts                   TIMESTAMP,
  platform_type            VARCHAR(10) NOT NULL,
  posts_viewed             INTEGER NOT NULL,
  posts_liked              INTEGER NOT NULL,
  posts_shared             INTEGER NOT NULL,
  posts_commented          INTEGER NOT NULL,
  max_scroll_depth_pct     NUMERIC(5,2),
  session_bounce_flag      SMALLINT NOT NULL,
  session_date             DATE NOT NULL,                -- day of start_ts
  INDEX idx_session_user_day (user_id, session_date)
);

CREATE TABLE user_daily_stats (
  user_id                  BIGINT NOT NULL REFERENCES dim_user (user_id),
  date                     DATE NOT NULL,
  is_dau                   SMALLINT NOT NULL,
  total_sessions           INTEGER NOT NULL,
  total_time_spent_minutes DOUBLE PRECISION,
  engagement_events        INTEGER,
  PRIMARY KEY (user_id, date),
  INDEX idx_stats_date (date)
);
