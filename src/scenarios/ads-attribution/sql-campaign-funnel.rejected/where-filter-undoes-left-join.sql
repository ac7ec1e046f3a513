-- The June filter sits in WHERE, after the LEFT JOIN: campaigns without June events are filtered out again.
SELECT
  c.campaign_id,
  SUM(e.event_type = 'impression') AS impressions,
  SUM(e.event_type = 'click') AS clicks,
  SUM(e.event_type = 'conversion') AS conversions,
  ROUND(100.0 * SUM(e.event_type = 'click') / SUM(e.event_type = 'impression'), 2) AS ctr_pct,
  ROUND(100.0 * SUM(e.event_type = 'conversion') / SUM(e.event_type = 'click'), 2) AS cvr_pct
FROM dim_ad_campaigns c
LEFT JOIN fact_ad_events e ON e.campaign_id = c.campaign_id
WHERE e.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY c.campaign_id
ORDER BY c.campaign_id;
