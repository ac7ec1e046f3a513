-- mistake: everything is in one wide table of suggestions: the suggested user's privacy setting is copied onto every suggestion (and goes stale when they change it), and the friendships PYMK is built from have no table of their own, so mutual friends cannot be computed at all
-- hint: split it by grain: a suggestion fact (one row per suggestion shown), a relationship fact (one row per pair of users) and a privacy dimension (one row per user), joined on the user ids
-- expect: one-wide-table
-- expect: entity:relationship-fact
-- expect: entity:privacy-dimension
CREATE TABLE pymk_suggestions_wide (
  suggestion_id             VARCHAR(20) PRIMARY KEY,
  target_user_id            BIGINT      NOT NULL,
  suggested_user_id         BIGINT      NOT NULL,
  suggestion_timestamp      TIMESTAMP   NOT NULL,
  mutual_friends_count      INT         NOT NULL,
  was_requested             BOOLEAN     NOT NULL,
  was_accepted              BOOLEAN     NOT NULL,
  outcome_timestamp         TIMESTAMP,
  suggested_is_private      BOOLEAN,
  suggested_allows_pymk     BOOLEAN,
  relationship_status       VARCHAR(10),   -- between the two users, at load time
  relationship_created_at   TIMESTAMP,
  date_partition            DATE        NOT NULL
)
PARTITION BY date_partition;
