-- Rounds the rates to one decimal instead of two.
SELECT
  c.campaign_id,
  COALESCE(j.impressions, 0) AS impressions,
  COALESCE(j.clicks, 0) AS clicks,
  COALESCE(j.conversions, 0) AS conversions,
  ROUND(100.0 * j.clicks / j.impressions, 1) AS ctr_pct,
  ROUND(100.0 * j.conversions / j.clicks, 1) AS cvr_pct
FROM dim_ad_campaigns c
LEFT JOIN (
  SELECT campaign_id, SUM(event_type = 'impression') AS impressions, SUM(event_type = 'click') AS clicks,
         SUM(event_type = 'conversion') AS conversions
  FROM fact_ad_events WHERE date_partition BETWEEN '2024-06-01' AND '2024-06-30' GROUP BY campaign_id
) j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
