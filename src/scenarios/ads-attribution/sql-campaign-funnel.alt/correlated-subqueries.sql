-- One correlated count per column; CASE guards the rates explicitly.
SELECT
  campaign_id,
  impressions,
  clicks,
  conversions,
  CASE WHEN impressions > 0 THEN ROUND(clicks * 100.0 / impressions, 2) END AS ctr_pct,
  CASE WHEN clicks > 0 THEN ROUND(conversions * 100.0 / clicks, 2) END AS cvr_pct
FROM (
  SELECT
    c.campaign_id,
    (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'impression'
       AND e.date_partition >= '2024-06-01' AND e.date_partition < '2024-07-01') AS impressions,
    (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'click'
       AND e.date_partition >= '2024-06-01' AND e.date_partition < '2024-07-01') AS clicks,
    (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'conversion'
       AND e.date_partition >= '2024-06-01' AND e.date_partition < '2024-07-01') AS conversions
  FROM dim_ad_campaigns c
) per_campaign
ORDER BY campaign_id;
