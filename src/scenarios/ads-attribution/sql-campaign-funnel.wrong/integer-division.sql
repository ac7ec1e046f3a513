-- mistake: 100 * clicks / impressions divides integers, so the rates lose their decimals
-- hint: Multiply by 100.0 rather than 100 so the division is done on real numbers.
WITH june AS (
  SELECT
    campaign_id,
    SUM(event_type = 'impression') AS impressions,
    SUM(event_type = 'click') AS clicks,
    SUM(event_type = 'conversion') AS conversions
  FROM fact_ad_events
  WHERE date_partition BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY campaign_id
)
SELECT
  c.campaign_id,
  COALESCE(j.impressions, 0) AS impressions,
  COALESCE(j.clicks, 0) AS clicks,
  COALESCE(j.conversions, 0) AS conversions,
  ROUND(100 * j.clicks / j.impressions, 2) AS ctr_pct,
  ROUND(100 * j.conversions / j.clicks, 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
