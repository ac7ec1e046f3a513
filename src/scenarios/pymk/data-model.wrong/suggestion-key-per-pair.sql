-- mistake: suggestions are keyed on (target_user_id, suggested_user_id), but PYMK shows the same person to the same user again on later days, so every repeat suggestion is refused (or overwrites the first) and the funnel undercounts impressions and misdates outcomes
-- hint: a row is one suggestion shown: key it on a suggestion_id (or on target, suggested user and suggestion_timestamp)
-- expect: grain:suggestion-fact
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
  target_user_id       BIGINT       NOT NULL,
  suggested_user_id    BIGINT       NOT NULL,
  suggestion_timestamp TIMESTAMP    NOT NULL,
  mutual_friends_count INT          NOT NULL,
  algorithm_score      DECIMAL(5,4),
  was_viewed           BOOLEAN      NOT NULL,
  was_requested        BOOLEAN      NOT NULL,
  was_accepted         BOOLEAN      NOT NULL,
  outcome_timestamp    TIMESTAMP,
  date_partition       DATE         NOT NULL,
  PRIMARY KEY (target_user_id, suggested_user_id)
)
PARTITION BY date_partition;

CREATE TABLE dim_user_privacy (
  user_id                  BIGINT    PRIMARY KEY,
  is_private_account       BOOLEAN   NOT NULL,
  allow_friend_suggestions BOOLEAN   NOT NULL,
  last_updated             TIMESTAMP NOT NULL
);
