-- Correlated sums per campaign and model; SQLite already puts NULLs last in DESC order.
SELECT
  campaign_id,
  advertiser_id,
  total_spend,
  last_touch_roas,
  linear_roas,
  time_decay_roas,
  CASE WHEN linear_roas >= 3.0 THEN 'excellent' WHEN linear_roas >= 2.0 THEN 'good'
       WHEN linear_roas >= 1.0 THEN 'break_even' ELSE 'poor' END AS performance_tier
FROM (
  SELECT
    c.campaign_id,
    c.advertiser_id,
    c.total_spend_usd AS total_spend,
    CASE WHEN c.total_spend_usd <> 0 THEN ROUND((SELECT IFNULL(SUM(t.conversion_value_usd * t.last_touch_weight), 0)
      FROM fact_attribution_touchpoints t WHERE t.campaign_id = c.campaign_id) / c.total_spend_usd, 2) END AS last_touch_roas,
    CASE WHEN c.total_spend_usd <> 0 THEN ROUND((SELECT IFNULL(SUM(t.conversion_value_usd * t.linear_weight), 0)
      FROM fact_attribution_touchpoints t WHERE t.campaign_id = c.campaign_id) / c.total_spend_usd, 2) END AS linear_roas,
    CASE WHEN c.total_spend_usd <> 0 THEN ROUND((SELECT IFNULL(SUM(t.conversion_value_usd * t.time_decay_weight), 0)
      FROM fact_attribution_touchpoints t WHERE t.campaign_id = c.campaign_id) / c.total_spend_usd, 2) END AS time_decay_roas
  FROM dim_ad_campaigns c
  WHERE c.campaign_start_date >= '2024-06-01'
)
ORDER BY linear_roas DESC, campaign_id;
