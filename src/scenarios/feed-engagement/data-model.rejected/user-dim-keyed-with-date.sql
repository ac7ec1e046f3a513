-- mistake: the user dimension is keyed on (user_id, registration_date), which is wider than one row per user: nothing stops a second row for the same user with another date, and every join from a fact on user_id would then double that user's rows
-- hint: A user dimension has one row per user: PRIMARY KEY (user_id), with registration_date as an ordinary NOT NULL attribute.
-- expect: grain:user-dimension
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
  is_dau                   BOOLEAN NOT NULL,
  total_sessions           INT NOT NULL,
  PRIMARY KEY (user_id, activity_date)
)
PARTITION BY activity_date;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT NOT NULL,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32),
  PRIMARY KEY (user_id, registration_date)
);
