-- Reference model for People You May Know: what was suggested and how it ended, the social
-- graph it is built from, and the privacy settings that decide who may be suggested. The
-- interactions fact and the user dimension support them. The SQL exercises of this scenario
-- run on these exact names.

-- Grain: one row per user. Every user id in the facts joins here.
CREATE TABLE dim_users (
  user_id           BIGINT      PRIMARY KEY,
  country_code      CHAR(2),
  registration_date DATE,
  last_active_date  DATE
);

-- Grain: one row per user who ever saved privacy settings (current values). A user without a
-- row has the defaults: a public account that may be suggested. Joined from the suggestion
-- fact twice, as the suggested user and as the target (role-playing).
CREATE TABLE dim_user_privacy (
  user_id                   BIGINT      PRIMARY KEY,  -- dim_users.user_id
  is_private_account        BOOLEAN     NOT NULL,
  allow_friend_suggestions  BOOLEAN     NOT NULL,
  pymk_frequency_preference VARCHAR(10),              -- 'high', 'medium', 'low', 'off'
  last_updated              TIMESTAMP   NOT NULL
);

-- Grain: one row per pair of users with a relationship. A friendship is stored once, in
-- either direction (user_id_from sent the request); a follow is one-way; a block replaces
-- whatever was there. Current state, updated in place, so it is not partitioned by day.
CREATE TABLE fact_user_relationships (
  relationship_id      BIGINT       PRIMARY KEY,
  user_id_from         BIGINT       NOT NULL,   -- dim_users.user_id: requester, follower or blocker
  user_id_to           BIGINT       NOT NULL,   -- dim_users.user_id: the other user
  relationship_type    VARCHAR(10)  NOT NULL,   -- 'friend', 'follow'
  status               VARCHAR(10)  NOT NULL,   -- 'active', 'pending', 'blocked'
  created_timestamp    TIMESTAMP    NOT NULL,   -- when the row got its status
  mutual_friends_count INT          NOT NULL,   -- refreshed nightly
  interaction_score    DECIMAL(5,2) NOT NULL,   -- tie strength, 0 for blocks
  UNIQUE (user_id_from, user_id_to),
  INDEX idx_relationships_from (user_id_from, status),
  INDEX idx_relationships_to (user_id_to, status)
);

-- Grain: one row per suggestion shown. The outcome columns are updated as the funnel moves
-- (viewed -> requested -> accepted). Large and read by day: partitioned by the day shown.
CREATE TABLE fact_pymk_suggestions (
  suggestion_id        VARCHAR(20)  PRIMARY KEY,
  target_user_id       BIGINT       NOT NULL,   -- who saw the suggestion (dim_users.user_id)
  suggested_user_id    BIGINT       NOT NULL,   -- who was suggested (dim_user_privacy.user_id)
  suggestion_timestamp TIMESTAMP    NOT NULL,
  suggestion_reason    VARCHAR(20),             -- 'mutual_friends', 'location', 'contacts'
  mutual_friends_count INT          NOT NULL,   -- at the time it was shown
  algorithm_score      DECIMAL(5,4),
  was_viewed           BOOLEAN      NOT NULL,
  was_requested        BOOLEAN      NOT NULL,
  was_accepted         BOOLEAN      NOT NULL,
  outcome_timestamp    TIMESTAMP,               -- acceptance, else request; NULL without a request
  date_partition       DATE         NOT NULL,   -- date(suggestion_timestamp)
  INDEX idx_suggestions_suggested (suggested_user_id)
)
PARTITION BY date_partition;

-- Grain: one row per interaction of one user with another (like, comment, message, view).
-- Read by pair and time, to tell whether an accepted suggestion became a lasting connection.
CREATE TABLE fact_user_interactions (
  interaction_id        BIGINT      PRIMARY KEY,
  user_id_from          BIGINT      NOT NULL,
  user_id_to            BIGINT      NOT NULL,
  interaction_type      VARCHAR(10) NOT NULL,   -- 'like', 'comment', 'message', 'view'
  interaction_timestamp TIMESTAMP   NOT NULL,
  INDEX idx_interactions_pair (user_id_from, user_id_to, interaction_timestamp)
);
