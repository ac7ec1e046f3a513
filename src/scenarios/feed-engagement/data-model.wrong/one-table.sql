-- mistake: everything is in one wide table: each row is a session, but it also carries the user's daily flags and their registration details, so there is no single grain, a user's sign-up date is repeated on every session, and users who never had a session vanish from the cohorts
-- hint: Give each grain its own table: sessions (one row per session), user-day activity (one row per user per day) and a user dimension (one row per registered user), joined on user_id.
-- expect: one-wide-table
-- expect: entity:session-fact
-- expect: entity:user-dimension
CREATE TABLE user_activity (
  session_id           VARCHAR(64) PRIMARY KEY,
  user_id              BIGINT NOT NULL,
  registration_date    DATE,
  acquisition_channel  VARCHAR(32),
  activity_date        DATE NOT NULL,
  session_start_ts     TIMESTAMP,
  platform_type        VARCHAR(16),
  posts_viewed         INT,
  posts_liked          INT,
  posts_shared         INT,
  posts_commented      INT,
  max_scroll_depth_pct DECIMAL(5,2),
  is_dau               BOOLEAN,
  total_sessions       INT
)
PARTITION BY activity_date;
