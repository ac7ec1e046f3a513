-- mistake: the "daily" activity table is keyed on user_id alone, so it is a snapshot that keeps one row per user and overwrites yesterday with today: MAU over a 30-day window and day-N retention can no longer be computed
-- hint: Keep history at the user-day grain: PRIMARY KEY (user_id, activity_date), one row per user per day, so any window of days can be counted.
-- expect: grain:user-day-fact
CREATE TABLE fact_user_sessions (
  session_id           VARCHAR(64) PRIMARY KEY,
  user_id              BIGINT NOT NULL,
  session_start_ts     TIMESTAMP NOT NULL,
  platform_type        VARCHAR(16) NOT NULL,
  posts_viewed         INT NOT NULL,
  posts_liked          INT NOT NULL,
  posts_shared         INT NOT NULL,
  posts_commented      INT NOT NULL,
  max_scroll_depth_pct DECIMAL(5,2),
  date_partition       DATE NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE user_daily_activity (
  user_id                  BIGINT PRIMARY KEY,
  activity_date            DATE NOT NULL,   -- the latest day the user was seen
  is_dau                   BOOLEAN NOT NULL,
  total_sessions           INT NOT NULL,
  total_time_spent_minutes INT NOT NULL
);

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT PRIMARY KEY,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32)
);
