-- why: other names (campaigns, ad_events, attribution_credits, event_ts, event_date, spend_usd), a generated row id on the attribution fact with UNIQUE on its grain, REFERENCES clauses, a CHECK constraint, NUMERIC/SMALLINT/BIGSERIAL types and PARTITION BY RANGE.
CREATE TABLE campaigns (
  campaign_id    BIGINT        PRIMARY KEY,
  advertiser_id  BIGINT        NOT NULL,
  name           VARCHAR(255)  NOT NULL,
  objective      VARCHAR(32)   NOT NULL,
  start_date     DATE          NOT NULL,
  end_date       DATE,
  spend_usd      NUMERIC(14,2) NOT NULL DEFAULT 0
);

-- one row per impression, click or conversion
CREATE TABLE ad_events (
  event_id         VARCHAR(32)   PRIMARY KEY,
  event_type       VARCHAR(16)   NOT NULL CHECK (event_type IN ('impression', 'click', 'conversion')),
  user_id          BIGINT        NOT NULL,
  ad_id            BIGINT        NOT NULL,
  campaign_id      BIGINT        NOT NULL REFERENCES campaigns (campaign_id),
  event_ts         TIMESTAMP     NOT NULL,
  conversion_value NUMERIC(12,2),
  event_date       DATE          NOT NULL
) PARTITION BY RANGE (event_date);

-- one row per (conversion, touch); the id is only a handle for the loader
CREATE TABLE attribution_credits (
  credit_id          BIGSERIAL     PRIMARY KEY,
  conversion_id      VARCHAR(32)   NOT NULL REFERENCES ad_events (event_id),
  touch_event_id     VARCHAR(32)   NOT NULL REFERENCES ad_events (event_id),
  user_id            BIGINT        NOT NULL,
  campaign_id        BIGINT        NOT NULL REFERENCES campaigns (campaign_id),
  touch_position     SMALLINT      NOT NULL,
  path_length        SMALLINT      NOT NULL,
  first_touch_credit NUMERIC(7,6)  NOT NULL,
  last_touch_credit  NUMERIC(7,6)  NOT NULL,
  linear_credit      NUMERIC(7,6)  NOT NULL,
  time_decay_credit  NUMERIC(7,6)  NOT NULL,
  conversion_value   NUMERIC(12,2) NOT NULL,
  UNIQUE (conversion_id, touch_event_id)
);
CREATE INDEX idx_credits_campaign ON attribution_credits (campaign_id);
