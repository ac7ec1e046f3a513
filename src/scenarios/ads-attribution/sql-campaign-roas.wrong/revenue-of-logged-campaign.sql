-- mistake: you credit each conversion's revenue to the campaign its conversion event is logged on, but a touchpoint credits its own campaign_id (the touch's campaign)
-- hint: Group fact_attribution_touchpoints by its own campaign_id; there is no need to join the conversion event.
WITH revenue AS (
  SELECT
    e.campaign_id,
    SUM(t.conversion_value_usd * t.last_touch_weight) AS last_touch,
    SUM(t.conversion_value_usd * t.linear_weight) AS linear,
    SUM(t.conversion_value_usd * t.time_decay_weight) AS time_decay
  FROM fact_attribution_touchpoints AS t
  JOIN fact_ad_events AS e ON e.event_id = t.conversion_event_id
  GROUP BY e.campaign_id
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
  WHERE c.campaign_start_date >= '2024-06-01'
)
SELECT
  campaign_id,
  advertiser_id,
  total_spend,
  last_touch_roas,
  linear_roas,
  time_decay_roas,
  CASE
    WHEN linear_roas >= 3 THEN 'excellent'
    WHEN linear_roas >= 2 THEN 'good'
    WHEN linear_roas >= 1 THEN 'break_even'
    ELSE 'poor'
  END AS performance_tier
FROM roas
ORDER BY linear_roas IS NULL, linear_roas DESC, campaign_id;
