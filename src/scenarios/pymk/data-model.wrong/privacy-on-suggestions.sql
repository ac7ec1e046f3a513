-- mistake: there is no privacy dimension: the suggested user's privacy is copied onto each suggestion, so it cannot tell whether someone may be suggested before a suggestion exists, and when a user goes private the old rows and the new ones disagree
-- hint: keep privacy settings in their own dimension, one row per user (user_id PRIMARY KEY, is_private_account, allow_friend_suggestions, last_updated), and join it from suggested_user_id
-- expect: entity:privacy-dimension
-- expect: grain:privacy-dimension
CREATE TABLE fact_user_relationships (
  relationship_id      BIGINT       PRIMARY KEY,
  user_id_from         BIGINT       NOT NULL,
  user_id_to           BIGINT       NOT NULL,
  relationship_type    VARCHAR(10)  NOT NULL,
  status               VARCHAR(10)  NOT NULL,
  created_timestamp    TIMESTAMP    NOT NULL,
  mutual_friends_count INT          NOT NULL,
  interaction_score    DECIMAL(5,2) NOT NULL
);

CREATE TABLE fact_pymk_suggestions (
  suggestion_id        VARCHAR(20)  PRIMARY KEY,
  target_user_id       BIGINT       NOT NULL,
  suggested_user_id    BIGINT       NOT NULL,
  suggestion_timestamp TIMESTAMP    NOT NULL,
  mutual_friends_count INT          NOT NULL,
  algorithm_score      DECIMAL(5,4),
  was_viewed           BOOLEAN      NOT NULL,
  was_requested        BOOLEAN      NOT NULL,
  was_accepted         BOOLEAN      NOT NULL,
  outcome_timestamp    TIMESTAMP,
  suggested_is_private BOOLEAN      NOT NULL,  -- copied at load time
  date_partition       DATE         NOT NULL
)
PARTITION BY date_partition;
