-- why: other names and shapes: friendships(user_id, friend_id) keyed on the pair, pymk_suggestions with a plain id, viewer_id / candidate_id, ds partition, flags named requested / accepted, and user_privacy_settings with is_private; MySQL-style AUTO_INCREMENT, TINYINT(1) and ENGINE options.
CREATE TABLE friendships (
  user_id           BIGINT       NOT NULL,   -- who sent the request (or follows, or blocked)
  friend_id         BIGINT       NOT NULL,
  relationship_type VARCHAR(10)  NOT NULL,   -- friend | follow
  status            VARCHAR(10)  NOT NULL,   -- active | pending | blocked
  created_at        DATETIME     NOT NULL,
  mutual_friends    INT          NOT NULL DEFAULT 0,
  tie_strength      DECIMAL(5,2),
  PRIMARY KEY (user_id, friend_id),
  KEY idx_friend (friend_id, status)
) ENGINE=InnoDB;

CREATE TABLE pymk_suggestions (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  viewer_id      BIGINT      NOT NULL,
  candidate_id   BIGINT      NOT NULL,
  shown_at       DATETIME    NOT NULL,
  reason         VARCHAR(20),
  mutual_friends INT         NOT NULL,
  score          FLOAT,
  viewed         TINYINT(1)  NOT NULL DEFAULT 0,
  requested      TINYINT(1)  NOT NULL DEFAULT 0,
  accepted       TINYINT(1)  NOT NULL DEFAULT 0,
  outcome_at     DATETIME,
  ds             DATE        NOT NULL,
  INDEX idx_candidate (candidate_id)
) ENGINE=InnoDB
PARTITION BY RANGE COLUMNS (ds) (PARTITION p202406 VALUES LESS THAN ('2024-07-01'));

CREATE TABLE user_privacy_settings (
  user_id          BIGINT     NOT NULL PRIMARY KEY,
  is_private       TINYINT(1) NOT NULL DEFAULT 0,
  allow_pymk       TINYINT(1) NOT NULL DEFAULT 1,
  pymk_frequency   VARCHAR(10),
  updated_at       DATETIME   NOT NULL
) ENGINE=InnoDB;
