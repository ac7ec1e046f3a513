-- News Feed engagement: our reference schema. Three tables at three grains, joined on user_id.
-- The names are the ones the scenario's SQL exercises read, so every one of them runs here.

-- Grain: one row per app session. The large, append-only fact: one partition per day.
CREATE TABLE fact_user_sessions (
  session_id               VARCHAR(64)  NOT NULL,
  user_id                  BIGINT       NOT NULL,  -- joins dim_user_cohorts.user_id
  session_start_ts         TIMESTAMP    NOT NULL,  -- UTC
  session_end_ts           TIMESTAMP,              -- NULL when the app never reported an end
  platform_type            VARCHAR(16)  NOT NULL,  -- 'ios', 'android', 'web'
  entry_point              VARCHAR(32),            -- 'notification', 'direct', 'bookmark'
  -- measures: counts per session, never NULL (0 when nothing happened)
  posts_viewed             INT          NOT NULL DEFAULT 0,
  posts_liked              INT          NOT NULL DEFAULT 0,
  posts_shared             INT          NOT NULL DEFAULT 0,
  posts_commented          INT          NOT NULL DEFAULT 0,
  stories_viewed           INT          NOT NULL DEFAULT 0,
  total_scroll_distance_px BIGINT       NOT NULL DEFAULT 0,
  max_scroll_depth_pct     DECIMAL(5,2) NOT NULL DEFAULT 0,  -- 0-100
  session_bounce_flag      BOOLEAN      NOT NULL DEFAULT FALSE,  -- no post viewed
  -- the day and hour the session started (UTC): what daily questions filter on
  date_partition           DATE         NOT NULL,
  hour_partition           SMALLINT     NOT NULL,
  PRIMARY KEY (session_id),
  INDEX idx_sessions_user (user_id, date_partition)
)
PARTITION BY date_partition;

-- Grain: one row per user and day with any activity (is_dau = 0 rows are background-only days).
-- Built daily from the sessions, so DAU/MAU and retention never scan the session fact.
CREATE TABLE fact_user_daily_activity (
  user_id                  BIGINT   NOT NULL,  -- joins dim_user_cohorts.user_id
  activity_date            DATE     NOT NULL,
  -- flags (0/1) and daily totals
  is_dau                   BOOLEAN  NOT NULL DEFAULT FALSE,  -- at least one session that day
  is_feed_active           BOOLEAN  NOT NULL DEFAULT FALSE,
  is_stories_active        BOOLEAN  NOT NULL DEFAULT FALSE,
  is_creator               BOOLEAN  NOT NULL DEFAULT FALSE,
  total_sessions           INT      NOT NULL DEFAULT 0,
  total_time_spent_minutes INT      NOT NULL DEFAULT 0,
  posts_created            INT      NOT NULL DEFAULT 0,
  engagement_events        INT      NOT NULL DEFAULT 0,  -- likes + shares + comments
  PRIMARY KEY (user_id, activity_date),
  INDEX idx_daily_date (activity_date, is_dau)
)
PARTITION BY activity_date;

-- Grain: one row per registered user, including users who never came back.
-- Small and slowly changing: no partition. Lifecycle columns are refreshed daily.
CREATE TABLE dim_user_cohorts (
  user_id                 BIGINT      NOT NULL,
  registration_date       DATE        NOT NULL,
  cohort_month            CHAR(7)     NOT NULL,  -- 'YYYY-MM' of registration_date
  acquisition_channel     VARCHAR(32),
  user_segment            VARCHAR(32),           -- 'creator', 'casual', 'heavy_consumer'
  days_since_registration INT,
  lifetime_sessions       INT,
  last_active_date        DATE,                  -- NULL if never active
  is_retained_d1          BOOLEAN,               -- active exactly 1 day after registering
  is_retained_d7          BOOLEAN,
  is_retained_d30         BOOLEAN,
  PRIMARY KEY (user_id),
  INDEX idx_cohorts_registration (registration_date)
);
