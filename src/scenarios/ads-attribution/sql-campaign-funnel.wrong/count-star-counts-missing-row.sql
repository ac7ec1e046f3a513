-- mistake: COUNT(*) over a LEFT JOIN counts the NULL row of a campaign without impressions, so it shows 1 impression instead of 0
-- hint: Count a column of the joined table, e.g. COUNT(i.event_id), which skips the NULL row a LEFT JOIN adds.
SELECT
  c.campaign_id,
  COUNT(*) AS impressions,
  (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'click'
     AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30') AS clicks,
  (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'conversion'
     AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30') AS conversions,
  ROUND(100.0 * (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'click'
     AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30') / COUNT(*), 2) AS ctr_pct,
  ROUND(100.0 * (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'conversion'
     AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30')
   / (SELECT COUNT(*) FROM fact_ad_events e WHERE e.campaign_id = c.campaign_id AND e.event_type = 'click'
     AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30'), 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN fact_ad_events AS i
  ON i.campaign_id = c.campaign_id AND i.event_type = 'impression'
 AND i.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY c.campaign_id
ORDER BY c.campaign_id;
