-- mistake: the event fact has no event id and is keyed on (user_id, event_timestamp), but one user can see an impression and click another ad in the same second, so real events are refused and the funnel loses them
-- hint: give every event its own id (event_id) and make it the key; user and time are attributes, not the identity of an event
-- expect: grain:ad-event-fact
CREATE TABLE dim_ad_campaigns (
  campaign_id         BIGINT        PRIMARY KEY,
  advertiser_id       BIGINT        NOT NULL,
  campaign_name       VARCHAR(200)  NOT NULL,
  objective           VARCHAR(20)   NOT NULL,
  campaign_start_date DATE          NOT NULL,
  total_spend_usd     DECIMAL(14,2) NOT NULL
);

CREATE TABLE fact_ad_events (
  user_id              BIGINT        NOT NULL,
  event_timestamp      TIMESTAMP     NOT NULL,
  ad_id                BIGINT        NOT NULL,
  campaign_id          BIGINT        NOT NULL,
  event_type           VARCHAR(12)   NOT NULL,
  conversion_value_usd DECIMAL(12,2),
  date_partition       DATE          NOT NULL,
  PRIMARY KEY (user_id, event_timestamp)
)
PARTITION BY date_partition;

CREATE TABLE fact_attribution_touchpoints (
  conversion_event_id  VARCHAR(20)   NOT NULL,
  touchpoint_event_id  VARCHAR(20)   NOT NULL,
  user_id              BIGINT        NOT NULL,
  campaign_id          BIGINT        NOT NULL,
  touch_index          INT           NOT NULL,
  touch_count          INT           NOT NULL,
  last_touch_weight    DECIMAL(7,6)  NOT NULL,
  linear_weight        DECIMAL(7,6)  NOT NULL,
  time_decay_weight    DECIMAL(7,6)  NOT NULL,
  conversion_value_usd DECIMAL(12,2) NOT NULL,
  PRIMARY KEY (conversion_event_id, touchpoint_event_id)
);
