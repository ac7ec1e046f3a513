-- mistake: no table declares a key: nothing stops the nightly job from loading the same touchpoint twice or an event from arriving twice, and every duplicate inflates conversions, revenue and ROAS without anyone noticing
-- hint: declare each table's grain as its PRIMARY KEY: event_id for events, (conversion_event_id, touchpoint_event_id) for the attribution fact, campaign_id for campaigns; and make keys and foreign keys NOT NULL
-- expect: grain:ad-event-fact
-- expect: grain:attribution-fact
-- expect: grain:campaign-dimension
-- expect: keys-not-null
CREATE TABLE dim_ad_campaigns (
  campaign_id         BIGINT,
  advertiser_id       BIGINT,
  campaign_name       VARCHAR(200),
  objective           VARCHAR(20),
  campaign_start_date DATE,
  campaign_end_date   DATE,
  total_spend_usd     DECIMAL(14,2)
);

CREATE TABLE fact_ad_events (
  event_id             VARCHAR(20),
  user_id              BIGINT,
  ad_id                BIGINT,
  campaign_id          BIGINT,
  event_type           VARCHAR(12),
  event_timestamp      TIMESTAMP,
  conversion_value_usd DECIMAL(12,2),
  date_partition       DATE
)
PARTITION BY date_partition;

CREATE TABLE fact_attribution_touchpoints (
  conversion_event_id  VARCHAR(20),
  touchpoint_event_id  VARCHAR(20),
  user_id              BIGINT,
  campaign_id          BIGINT,
  touch_index          INT,
  touch_count          INT,
  last_touch_weight    DECIMAL(7,6),
  linear_weight        DECIMAL(7,6),
  time_decay_weight    DECIMAL(7,6),
  conversion_value_usd DECIMAL(12,2)
);
