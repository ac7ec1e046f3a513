-- mistake: no table declares a key: a suggestion logged twice counts twice in every rate, a friendship can be stored twice (once each way) and double every mutual-friend count, and a user can have two contradicting privacy rows
-- hint: declare each table's grain as its PRIMARY KEY (suggestion_id; relationship_id or the user pair; user_id for privacy) and make key columns NOT NULL
-- expect: grain:suggestion-fact
-- expect: grain:relationship-fact
-- expect: grain:privacy-dimension
-- expect: keys-not-null
CREATE TABLE fact_user_relationships (
  relationship_id      BIGINT,
  user_id_from         BIGINT,
  user_id_to           BIGINT,
  relationship_type    VARCHAR(10),
  status               VARCHAR(10),
  created_timestamp    TIMESTAMP,
  mutual_friends_count INT,
  interaction_score    DECIMAL(5,2)
);

CREATE TABLE fact_pymk_suggestions (
  suggestion_id        VARCHAR(20),
  target_user_id       BIGINT,
  suggested_user_id    BIGINT,
  suggestion_timestamp TIMESTAMP,
  mutual_friends_count INT,
  algorithm_score      DECIMAL(5,4),
  was_viewed           BOOLEAN,
  was_requested        BOOLEAN,
  was_accepted         BOOLEAN,
  outcome_timestamp    TIMESTAMP,
  date_partition       DATE
)
PARTITION BY date_partition;

CREATE TABLE dim_user_privacy (
  user_id                  BIGINT,
  is_private_account       BOOLEAN,
  allow_friend_suggestions BOOLEAN,
  last_updated             TIMESTAMP
);
