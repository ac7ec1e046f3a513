-- mistake: the daily table's only key is a surrogate id, so a re-run of the daily job can insert a second row for the same user and day and nothing refuses it; DAU and MAU then count that user twice
-- hint: A surrogate id is fine, but the grain still needs a key: add UNIQUE (user_id, activity_date), or make (user_id, activity_date) the primary key.
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
  daily_activity_id        BIGINT PRIMARY KEY,
  user_id                  BIGINT NOT NULL,
  activity_date            DATE NOT NULL,
  is_dau                   BOOLEAN NOT NULL,
  total_sessions           INT NOT NULL,
  total_time_spent_minutes INT NOT NULL,
  engagement_events        INT NOT NULL
)
PARTITION BY activity_date;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT PRIMARY KEY,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32)
);
