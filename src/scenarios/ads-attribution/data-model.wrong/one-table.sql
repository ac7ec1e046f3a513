-- mistake: everything is in one wide table: every event repeats its campaign's name, objective and spend, and attribution has no row of its own, so a conversion with four touches cannot hold four shares of credit, and summing spend over events counts it once per event
-- hint: split it by grain: an ad event fact (one row per event), an attribution fact (one row per conversion and touchpoint) and a campaign dimension (one row per campaign), joined on campaign_id
-- expect: one-wide-table
-- expect: entity:attribution-fact
-- expect: entity:campaign-dimension
CREATE TABLE ad_events_wide (
  event_id             VARCHAR(20)   PRIMARY KEY,
  user_id              BIGINT        NOT NULL,
  ad_id                BIGINT        NOT NULL,
  event_type           VARCHAR(12)   NOT NULL,
  event_timestamp      TIMESTAMP     NOT NULL,
  conversion_value_usd DECIMAL(12,2),
  campaign_id          BIGINT        NOT NULL,
  advertiser_id        BIGINT        NOT NULL,
  campaign_name        VARCHAR(200),
  objective            VARCHAR(20),
  total_spend_usd      DECIMAL(14,2),
  last_touch_campaign_id BIGINT,
  linear_weight        DECIMAL(7,6),
  time_decay_weight    DECIMAL(7,6),
  date_partition       DATE          NOT NULL
)
PARTITION BY date_partition;
