-- mistake: SUM(total_spend_usd) after joining the touchpoints adds the campaign's spend once per touchpoint, so spend is inflated and ROAS too low
-- hint: Aggregate the touchpoints per campaign first (a CTE), then join that one row per campaign to dim_ad_campaigns.
WITH campaign_attribution AS (
  SELECT
    d.campaign_id,
    d.advertiser_id,
    SUM(d.total_spend_usd) AS total_spend,
    COALESCE(SUM(a.conversion_value_usd * a.last_touch_weight), 0) AS last_touch_revenue,
    COALESCE(SUM(a.conversion_value_usd * a.linear_weight), 0) AS linear_revenue,
    COALESCE(SUM(a.conversion_value_usd * a.time_decay_weight), 0) AS time_decay_revenue
  FROM dim_ad_campaigns AS d
  LEFT JOIN fact_attribution_touchpoints AS a ON a.campaign_id = d.campaign_id
  WHERE d.campaign_start_date >= '2024-06-01'
  GROUP BY d.campaign_id, d.advertiser_id
),
roas AS (
  SELECT
    campaign_id,
    advertiser_id,
    total_spend,
    ROUND(last_touch_revenue / NULLIF(total_spend, 0), 2) AS last_touch_roas,
    ROUND(linear_revenue / NULLIF(total_spend, 0), 2) AS linear_roas,
    ROUND(time_decay_revenue / NULLIF(total_spend, 0), 2) AS time_decay_roas
  FROM campaign_attribution
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
