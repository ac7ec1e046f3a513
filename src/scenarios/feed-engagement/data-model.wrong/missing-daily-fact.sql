-- mistake: there is no user-day activity table: every DAU, MAU and retention question must scan and de-duplicate the whole session fact, and a day with activity but no session (is_dau = 0) cannot be stored at all
-- hint: Add a user-day fact with one row per user per day (PRIMARY KEY (user_id, activity_date)), built daily from the sessions, with an is_dau flag and the day's totals; DAU/MAU then reads one small row per active user.
-- expect: entity:user-day-fact
-- expect: grain:user-day-fact
CREATE TABLE fact_user_sessions (
  session_id           VARCHAR(64) PRIMARY KEY,
  user_id              BIGINT NOT NULL,
  session_start_ts     TIMESTAMP NOT NULL,
  session_end_ts       TIMESTAMP,
  platform_type        VARCHAR(16) NOT NULL,
  posts_viewed         INT NOT NULL,
  posts_liked          INT NOT NULL,
  posts_shared         INT NOT NULL,
  posts_commented      INT NOT NULL,
  max_scroll_depth_pct DECIMAL(5,2),
  session_bounce_flag  BOOLEAN NOT NULL,
  date_partition       DATE NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE dim_user_cohorts (
  user_id             BIGINT PRIMARY KEY,
  registration_date   DATE NOT NULL,
  cohort_month        CHAR(7),
  acquisition_channel VARCHAR(32),
  user_segment        VARCHAR(32)
);
