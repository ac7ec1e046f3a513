-- mistake: the session table is keyed on (user_id, date_partition), which allows only one session per user per day: a user's second session that day is refused (or overwrites the first), so session counts, the funnel and time spent all come out too low
-- hint: A session fact has one row per session: key it on session_id, and keep user_id and date_partition as ordinary NOT NULL columns to filter and join on.
-- expect: grain:session-fact
CREATE TABLE fact_user_sessions (
  session_id           VARCHAR(64) NOT NULL,
  user_id              BIGINT NOT NULL,
  session_start_ts     TIMESTAMP NOT NULL,
  platform_type        VARCHAR(16) NOT NULL,
  posts_viewed         INT NOT NULL,
  posts_liked          INT NOT NULL,
  posts_shared         INT NOT NULL,
  posts_commented      INT NOT NULL,
  max_scroll_depth_pct DECIMAL(5,2),
  date_partition       DATE NOT NULL,
  PRIMARY KEY (user_id, date_partition)
)
PARTITION BY date_partition;

CREATE TABLE fact_user_daily_activity (
  user_id                  BIGINT NOT NULL,
  activity_date            DATE NOT NULL,
  is_dau                   BOOLEAN NOT NULL,
  total_sessions           INT NOT NULL,
  total_time_spent_minutes INT NOT NULL,
  PRIMARY KEY (user_id, activity_date)
)
PARTITION BY activity_date;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT PRIMARY KEY,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32)
);
