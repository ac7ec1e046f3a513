-- mistake: the relationship fact is keyed on (user_id_from, user_id_to, created_timestamp), so the same pair can hold several rows, say 'pending' and then 'active', or 'active' and then 'blocked', and a query for current friends or blocks finds both
-- hint: the graph holds the current state, one row per pair of users: key it on (user_id_from, user_id_to) (or a relationship_id) and update status in place; keep a history in a separate table if you need one
-- expect: grain:relationship-fact
CREATE TABLE fact_user_relationships (
  user_id_from         BIGINT       NOT NULL,
  user_id_to           BIGINT       NOT NULL,
  relationship_type    VARCHAR(10)  NOT NULL,
  status               VARCHAR(10)  NOT NULL,
  created_timestamp    TIMESTAMP    NOT NULL,
  mutual_friends_count INT          NOT NULL,
  interaction_score    DECIMAL(5,2) NOT NULL,
  PRIMARY KEY (user_id_from, user_id_to, created_timestamp)
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
  date_partition       DATE         NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE dim_user_privacy (
  user_id                  BIGINT    PRIMARY KEY,
  is_private_account       BOOLEAN   NOT NULL,
  allow_friend_suggestions BOOLEAN   NOT NULL,
  last_updated             TIMESTAMP NOT NULL
);
