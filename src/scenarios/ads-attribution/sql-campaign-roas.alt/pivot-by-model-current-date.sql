-- Revenue unpivoted into one row per campaign and model, pivoted back with FILTER; the June
-- start is CURRENT_DATE's month start; NULLs pushed last with a CASE sort key.
WITH credit AS (
  SELECT campaign_id, 'last' AS model, conversion_value_usd * last_touch_weight AS revenue FROM fact_attribution_touchpoints
  UNION ALL
  SELECT campaign_id, 'linear', conversion_value_usd * linear_weight FROM fact_attribution_touchpoints
  UNION ALL
  SELECT campaign_id, 'decay', conversion_value_usd * time_decay_weight FROM fact_attribution_touchpoints
),
june_campaigns AS (
  SELECT campaign_id, advertiser_id, total_spend_usd
  FROM dim_ad_campaigns
  WHERE campaign_start_date >= date(CURRENT_DATE, 'start of month')
),
roas AS (
  SELECT
    j.campaign_id,
    j.advertiser_id,
    j.total_spend_usd AS total_spend,
    IIF(j.total_spend_usd = 0, NULL, ROUND(COALESCE(SUM(cr.revenue) FILTER (WHERE cr.model = 'last'), 0) / j.total_spend_usd, 2)) AS last_touch_roas,
    IIF(j.total_spend_usd = 0, NULL, ROUND(COALESCE(SUM(cr.revenue) FILTER (WHERE cr.model = 'linear'), 0) / j.total_spend_usd, 2)) AS linear_roas,
    IIF(j.total_spend_usd = 0, NULL, ROUND(COALESCE(SUM(cr.revenue) FILTER (WHERE cr.model = 'decay'), 0) / j.total_spend_usd, 2)) AS time_decay_roas
  FROM june_campaigns j
  LEFT JOIN credit cr ON cr.campaign_id = j.campaign_id
  GROUP BY j.campaign_id, j.advertiser_id, j.total_spend_usd
)
SELECT
  campaign_id, advertiser_id, total_spend, last_touch_roas, linear_roas, time_decay_roas,
  CASE WHEN linear_roas >= 3 THEN 'excellent' WHEN linear_roas >= 2 THEN 'good' WHEN linear_roas >= 1 THEN 'break_even' ELSE 'poor' END AS performance_tier
FROM roas
ORDER BY CASE WHEN linear_roas IS NULL THEN 1 ELSE 0 END, linear_roas DESC, campaign_id;
