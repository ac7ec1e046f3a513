-- mistake: the campaign dimension is keyed on (campaign_id, spend_date), so it is really a campaign-day spend table: the campaign's name and objective repeat every day, and joining it to the facts on campaign_id multiplies every event and touch by the number of days the campaign ran
-- hint: keep one row per campaign (PRIMARY KEY campaign_id) with its total spend; if you need daily spend, put it in its own fact, one row per campaign and day
-- expect: grain:campaign-dimension
CREATE TABLE dim_ad_campaigns (
  campaign_id         BIGINT        NOT NULL,
  spend_date          DATE          NOT NULL,
  advertiser_id       BIGINT        NOT NULL,
  campaign_name       VARCHAR(200)  NOT NULL,
  objective           VARCHAR(20)   NOT NULL,
  campaign_start_date DATE          NOT NULL,
  daily_spend_usd     DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (campaign_id, spend_date)
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
