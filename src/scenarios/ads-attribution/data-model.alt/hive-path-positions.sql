-- why: Hive/Spark flavour (STRING, DOUBLE, a typed PARTITIONED BY (ds STRING) that is not in the column list, STORED AS), table names ads_log / conversion_paths / campaign_dim, and an attribution fact keyed on (conversion, position in the path) with no touch event id.
CREATE TABLE campaign_dim (
  campaign_id   BIGINT NOT NULL,
  advertiser_id BIGINT NOT NULL,
  campaign_name STRING,
  objective     STRING,
  start_date    STRING,
  end_date      STRING,
  spend_usd     DOUBLE,
  PRIMARY KEY (campaign_id)
);

CREATE TABLE ads_log (
  event_id         STRING NOT NULL,
  event_type       STRING NOT NULL,   -- impression | click | conversion
  user_id          BIGINT NOT NULL,
  ad_id            BIGINT,
  campaign_id      BIGINT NOT NULL,
  event_ts         TIMESTAMP,
  conversion_value DOUBLE,
  PRIMARY KEY (event_id)
)
PARTITIONED BY (ds STRING)
STORED AS PARQUET;

-- one row per touch of a converting path, numbered from the first touch
CREATE TABLE conversion_paths (
  conversion_id     STRING NOT NULL,
  touch_position    INT    NOT NULL,
  user_id           BIGINT NOT NULL,
  campaign_id       BIGINT NOT NULL,
  ad_id             BIGINT,
  touch_ts          TIMESTAMP,
  path_length       INT,
  first_touch       DOUBLE,
  last_touch        DOUBLE,
  linear            DOUBLE,
  time_decay        DOUBLE,
  conversion_value  DOUBLE,
  PRIMARY KEY (conversion_id, touch_position)
)
STORED AS PARQUET;
