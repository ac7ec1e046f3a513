-- why: a privacy history (SCD type 2) keyed on (user_id, valid_from), a social_graph_edges fact with a surrogate edge_id plus UNIQUE on the pair, a suggestion fact keyed on (viewer, candidate, shown_ts) with no id, Spark SQL types (STRING, DOUBLE) and a Spark datasource table: ds in the column list, USING PARQUET PARTITIONED BY (ds).
CREATE TABLE social_graph_edges (
  edge_id              BIGINT NOT NULL PRIMARY KEY,
  src_user_id          BIGINT NOT NULL,
  dst_user_id          BIGINT NOT NULL,
  edge_type            STRING NOT NULL,   -- friend | follow
  status               STRING NOT NULL,   -- active | pending | blocked
  created_ts           TIMESTAMP NOT NULL,
  mutual_friends_count INT,
  affinity_score       DOUBLE,
  UNIQUE (src_user_id, dst_user_id)
);

CREATE TABLE pymk_impressions (
  viewer_id            BIGINT NOT NULL,
  candidate_id         BIGINT NOT NULL,
  shown_ts             TIMESTAMP NOT NULL,
  mutual_friends_count INT NOT NULL,
  model_score          DOUBLE,
  was_viewed           BOOLEAN NOT NULL,
  was_requested        BOOLEAN NOT NULL,
  was_accepted         BOOLEAN NOT NULL,
  outcome_ts           TIMESTAMP,
  ds                   STRING NOT NULL,
  PRIMARY KEY (viewer_id, candidate_id, shown_ts)
)
USING PARQUET
PARTITIONED BY (ds);

-- one row per user and version of their settings; the current row has valid_to NULL
CREATE TABLE privacy_settings_history (
  user_id                  BIGINT NOT NULL,
  valid_from               TIMESTAMP NOT NULL,
  valid_to                 TIMESTAMP,
  is_private_account       BOOLEAN NOT NULL,
  allow_friend_suggestions BOOLEAN NOT NULL,
  is_current               BOOLEAN NOT NULL,
  PRIMARY KEY (user_id, valid_from)
);
