-- A strict > '2024-06-01' drops the campaigns that started on June 1.
-- Revenue per campaign and model from the touchpoints (each row credits the touch's campaign
-- with conversion value x weight), LEFT JOINed so campaigns without touchpoints get 0.
-- NULLIF turns a zero spend into NULL, and a division by NULL is NULL.
WITH revenue AS (
  SELECT
    campaign_id,
    SUM(conversion_value_usd * last_touch_weight) AS last_touch,
    SUM(conversion_value_usd * linear_weight) AS linear,
    SUM(conversion_value_usd * time_decay_weight) AS time_decay
  FROM fact_attribution_touchpoints
  GROUP BY campaign_id
),
roas AS (
  SELECT
    c.campaign_id,
    c.advertiser_id,
    c.total_spend_usd AS total_spend,
    ROUND(COALESCE(r.last_touch, 0) / NULLIF(c.total_spend_usd, 0), 2) AS last_touch_roas,
    ROUND(COALESCE(r.linear, 0) / NULLIF(c.total_spend_usd, 0), 2) AS linear_roas,
    ROUND(COALESCE(r.time_decay, 0) / NULLIF(c.total_spend_usd, 0), 2) AS time_decay_roas
  FROM dim_ad_campaigns AS c
  LEFT JOIN revenue AS r ON r.campaign_id = c.campaign_id
  WHERE c.campaign_start_date > '2024-06-01'
)
SELECT
  campaign_id,
  advertiser_id,
  total_spend,
  last_touch_roas,
  linear_roas,
  time_decay_roas,
  -- The tier reads the reported (rounded) linear_roas; NULL fails every test and lands in ELSE.
  CASE
    WHEN linear_roas >= 3 THEN 'excellent'
    WHEN linear_roas >= 2 THEN 'good'
    WHEN linear_roas >= 1 THEN 'break_even'
    ELSE 'poor'
  END AS performance_tier
FROM roas
ORDER BY linear_roas IS NULL, linear_roas DESC, campaign_id;
