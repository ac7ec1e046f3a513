-- mistake: privacy is a key-value table keyed on (user_id, setting_name): a user has several rows, "is this account private" is a string to parse, and joining it to suggestions multiplies each suggestion by the number of settings
-- hint: make the privacy dimension one row per user (user_id PRIMARY KEY) with one typed column per setting: is_private_account BOOLEAN, allow_friend_suggestions BOOLEAN
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
  was_viewed           BOOLEAN      NOT NULL,
  was_requested        BOOLEAN      NOT NULL,
  was_accepted         BOOLEAN      NOT NULL,
  outcome_timestamp    TIMESTAMP,
  date_partition       DATE         NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE user_settings (
  user_id       BIGINT       NOT NULL,
  setting_name  VARCHAR(50)  NOT NULL,   -- 'is_private_account', 'allow_friend_suggestions', ...
  setting_value VARCHAR(50)  NOT NULL,   -- 'true', 'false', 'high', ...
  updated_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (user_id, setting_name)
);
