-- Join first, group after: spend is taken once per campaign with MAX, revenue summed over
-- the joined touchpoints; the month filter uses date_trunc and the order says NULLS LAST.
WITH per_campaign AS (
  SELECT
    c.campaign_id,
    c.advertiser_id,
    MAX(c.total_spend_usd) AS spend,
    TOTAL(t.conversion_value_usd * t.last_touch_weight) AS lt_rev,
    TOTAL(t.conversion_value_usd * t.linear_weight) AS lin_rev,
    TOTAL(t.conversion_value_usd * t.time_decay_weight) AS td_rev
  FROM dim_ad_campaigns c
  LEFT JOIN fact_attribution_touchpoints t ON t.campaign_id = c.campaign_id
  WHERE date_trunc('month', c.campaign_start_date) >= '2024-06-01'
  GROUP BY c.campaign_id, c.advertiser_id
),
rounded AS (
  SELECT
    campaign_id,
    advertiser_id,
    spend AS total_spend,
    ROUND(lt_rev / NULLIF(spend, 0), 2) AS last_touch_roas,
    ROUND(lin_rev / NULLIF(spend, 0), 2) AS linear_roas,
    ROUND(td_rev / NULLIF(spend, 0), 2) AS time_decay_roas
  FROM per_campaign
)
SELECT
  *,
  CASE
    WHEN linear_roas IS NULL OR linear_roas < 1 THEN 'poor'
    WHEN linear_roas < 2 THEN 'break_even'
    WHEN linear_roas < 3 THEN 'good'
    ELSE 'excellent'
  END AS performance_tier
FROM rounded
ORDER BY linear_roas DESC NULLS LAST, campaign_id ASC;
