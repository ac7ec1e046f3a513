-- mistake: you report a rate of 0 when its denominator is 0, but a rate with no impressions (or no clicks) is undefined: NULL
-- hint: Drop the COALESCE around the rates; in SQLite a division by zero already gives NULL.
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
  COALESCE(ROUND(100.0 * j.clicks / j.impressions, 2), 0) AS ctr_pct,
  COALESCE(ROUND(100.0 * j.conversions / j.clicks, 2), 0) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
