-- mistake: campaigns without June events show NULL impressions, clicks and conversions, but a count of nothing is 0
-- hint: Wrap the joined counts in COALESCE(..., 0); only the rates stay NULL.
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
  j.impressions,
  j.clicks,
  j.conversions,
  ROUND(100.0 * j.clicks / j.impressions, 2) AS ctr_pct,
  ROUND(100.0 * j.conversions / j.clicks, 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
