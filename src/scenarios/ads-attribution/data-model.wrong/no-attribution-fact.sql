-- mistake: there is no attribution fact: every report would re-run the attribution logic over raw events, each dashboard could credit campaigns differently, and nobody can audit which touch got which share of a purchase
-- hint: store the attribution job's output: one row per conversion and touchpoint, with the touch's campaign and one weight per model (first touch, last touch, linear, time decay), keyed on (conversion_event_id, touchpoint_event_id)
-- expect: entity:attribution-fact
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
  attribution_window_hours INT       NOT NULL,
  conversion_value_usd DECIMAL(12,2),
  date_partition       DATE          NOT NULL,
  INDEX idx_events_user_time (user_id, event_timestamp)
)
PARTITION BY date_partition;
