-- mistake: you count every event in the table, May included, but the funnel is for June 2024 only
-- hint: Keep events with date_partition between '2024-06-01' and '2024-06-30'.
WITH counts AS (
  SELECT
    campaign_id,
    SUM(event_type = 'impression') AS impressions,
    SUM(event_type = 'click') AS clicks,
    SUM(event_type = 'conversion') AS conversions
  FROM fact_ad_events
  GROUP BY campaign_id
)
SELECT
  c.campaign_id,
  COALESCE(j.impressions, 0) AS impressions,
  COALESCE(j.clicks, 0) AS clicks,
  COALESCE(j.conversions, 0) AS conversions,
  ROUND(100.0 * j.clicks / j.impressions, 2) AS ctr_pct,
  ROUND(100.0 * j.conversions / j.clicks, 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN counts AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
