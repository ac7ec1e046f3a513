-- June events counted per campaign, then every campaign of the dimension LEFT JOINed to them,
-- so campaigns without June events keep their row (with zeros). The rates stay NULL when
-- their denominator is 0: SQLite's division by zero gives NULL, and so does a NULL count.
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
  ROUND(100.0 * j.clicks / NULLIF(j.impressions, 0), 2) AS ctr_pct,
  ROUND(100.0 * j.conversions / NULLIF(j.clicks, 0), 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
