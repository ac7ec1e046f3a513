-- mistake: no table declares a key or a NOT NULL column, so nothing stops two rows for the same session or the same user and day, and DAU counted from it can double-count
-- hint: Declare each table's grain as its PRIMARY KEY: session_id for sessions, (user_id, activity_date) for the daily table, user_id for the users; and make user_id NOT NULL wherever it joins.
-- expect: grain:session-fact
-- expect: grain:user-day-fact
-- expect: grain:user-dimension
-- expect: keys-not-null
CREATE TABLE fact_user_sessions (
  session_id           VARCHAR(64),
  user_id              BIGINT,
  session_start_ts     TIMESTAMP,
  session_end_ts       TIMESTAMP,
  platform_type        VARCHAR(16),
  posts_viewed         INT,
  posts_liked          INT,
  posts_shared         INT,
  posts_commented      INT,
  max_scroll_depth_pct DECIMAL(5,2),
  session_bounce_flag  BOOLEAN,
  date_partition       DATE
)
PARTITION BY date_partition;

CREATE TABLE fact_user_daily_activity (
  user_id                  BIGINT,
  activity_date            DATE,
  is_dau                   BOOLEAN,
  total_sessions           INT,
  total_time_spent_minutes INT,
  engagement_events        INT
)
PARTITION BY activity_date;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT,
  registration_date   DATE,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32)
);
