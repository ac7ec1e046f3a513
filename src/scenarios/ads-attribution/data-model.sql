-- Reference model for the ads warehouse: the raw event log, the attribution job's output
-- (derived from the log every night) and the campaign dimension. The SQL exercises of this
-- scenario run on these exact names.

-- Grain: one row per campaign. Small (thousands of rows), so no partition. Spend is the
-- campaign's running total, which is what ROAS divides by.
CREATE TABLE dim_ad_campaigns (
  campaign_id         BIGINT        PRIMARY KEY,
  advertiser_id       BIGINT        NOT NULL,
  campaign_name       VARCHAR(200)  NOT NULL,
  objective           VARCHAR(20)   NOT NULL,   -- 'awareness', 'consideration', 'conversions'
  campaign_start_date DATE          NOT NULL,
  campaign_end_date   DATE,                     -- NULL while the campaign still runs
  total_spend_usd     DECIMAL(14,2) NOT NULL,   -- 0 until it spends
  INDEX idx_campaigns_start_date (campaign_start_date)
);

-- Grain: one row per ad event, an impression, a click or a conversion (a purchase the
-- advertiser's pixel reported). By far the largest table: partitioned by the event's UTC day,
-- so a question about June reads June only.
CREATE TABLE fact_ad_events (
  event_id                 VARCHAR(20)   PRIMARY KEY,  -- zero-padded: text order = logging order
  user_id                  BIGINT        NOT NULL,
  ad_id                    BIGINT        NOT NULL,
  campaign_id              BIGINT        NOT NULL,     -- joins dim_ad_campaigns
  event_type               VARCHAR(12)   NOT NULL,     -- 'impression', 'click', 'conversion'
  event_timestamp          TIMESTAMP     NOT NULL,     -- UTC
  attribution_window_hours INT           NOT NULL,     -- the window the campaign is billed on
  conversion_value_usd     DECIMAL(12,2),              -- set on conversions only
  product_category         VARCHAR(50)   NOT NULL,
  date_partition           DATE          NOT NULL,     -- date(event_timestamp)
  INDEX idx_ad_events_user_time (user_id, event_timestamp),        -- touches before a conversion
  INDEX idx_ad_events_campaign_date (campaign_id, date_partition)  -- funnel per campaign
)
PARTITION BY date_partition;

-- Grain: one row per conversion and touchpoint (an impression or click of the same user in
-- the 7 days before the conversion). Keeping the touch, not only the path, puts the touch's
-- campaign on the row, so crediting campaigns is a plain GROUP BY. For each conversion and
-- model, the weights sum to 1; conversion_value_usd repeats the conversion's value.
CREATE TABLE fact_attribution_touchpoints (
  conversion_event_id VARCHAR(20)   NOT NULL,  -- fact_ad_events.event_id of the conversion
  touchpoint_event_id VARCHAR(20)   NOT NULL,  -- fact_ad_events.event_id of the touch
  user_id             BIGINT        NOT NULL,
  campaign_id         BIGINT        NOT NULL,  -- the touch's campaign: the one this row credits
  touch_index         INT           NOT NULL,  -- 1 = earliest touch of the path
  touch_count         INT           NOT NULL,  -- touches in the path
  first_touch_weight  DECIMAL(7,6)  NOT NULL,
  last_touch_weight   DECIMAL(7,6)  NOT NULL,
  linear_weight       DECIMAL(7,6)  NOT NULL,
  time_decay_weight   DECIMAL(7,6)  NOT NULL,
  conversion_value_usd DECIMAL(12,2) NOT NULL,
  PRIMARY KEY (conversion_event_id, touchpoint_event_id),
  INDEX idx_touchpoints_campaign (campaign_id)
);
