-- mistake: the daily table is keyed on (user_id, activity_date, platform_type), which is wider than its grain: a user active on iOS and on the web the same day gets two rows, so COUNT(*) of DAU rows counts them twice
-- hint: One row per user per day means the key is exactly (user_id, activity_date). Per-platform detail belongs in the session table (or a separate user-platform-day table), not in the key of this one.
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

CREATE TABLE fact_user_daily_activity (
  user_id                  BIGINT NOT NULL,
  activity_date            DATE NOT NULL,
  platform_type            VARCHAR(16) NOT NULL,
  is_dau                   BOOLEAN NOT NULL,
  total_sessions           INT NOT NULL,
  total_time_spent_minutes INT NOT NULL,
  PRIMARY KEY (user_id, activity_date, platform_type)
)
PARTITION BY activity_date;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT PRIMARY KEY,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32)
);
