-- mistake: the attribution fact holds one row per touchpoint, but its key is the conversion alone, so a conversion can keep only one of its touches: the second touch of every path is refused, and linear or time-decay credit cannot be stored
-- hint: a row is one conversion AND one touch: key it on (conversion_event_id, touchpoint_event_id), or keep one row per conversion and drop the per-touch columns
-- expect: grain:attribution-fact
CREATE TABLE dim_ad_campaigns (
  campaign_id         BIGINT        PRIMARY KEY,
  advertiser_id       BIGINT        NOT NULL,
  campaign_name       VARCHAR(200)  NOT NULL,
  objective           VARCHAR(20)   NOT NULL,
  campaign_start_date DATE          NOT NULL,
  campaign_end_date   DATE,
  total_spend_usd     DECIMAL(14,2) NOT NULL
);

CREATE TABLE fact_ad_events (
  event_id             VARCHAR(20)   PRIMARY KEY,
  user_id              BIGINT        NOT NULL,
  ad_id                BIGINT        NOT NULL,
  campaign_id          BIGINT        NOT NULL,
  event_type           VARCHAR(12)   NOT NULL,
  event_timestamp      TIMESTAMP     NOT NULL,
  conversion_value_usd DECIMAL(12,2),
  date_partition       DATE          NOT NULL
)
PARTITION BY date_partition;

CREATE TABLE fact_attribution_touchpoints (
  conversion_event_id  VARCHAR(20)   PRIMARY KEY,
  touchpoint_event_id  VARCHAR(20)   NOT NULL,
  user_id              BIGINT        NOT NULL,
  campaign_id          BIGINT        NOT NULL,
  touch_index          INT           NOT NULL,
  touch_count          INT           NOT NULL,
  last_touch_weight    DECIMAL(7,6)  NOT NULL,
  linear_weight        DECIMAL(7,6)  NOT NULL,
  time_decay_weight    DECIMAL(7,6)  NOT NULL,
  conversion_value_usd DECIMAL(12,2) NOT NULL
);
