-- Counts users per event type instead of events.
SELECT
  c.campaign_id,
  COUNT(DISTINCT CASE WHEN e.event_type = 'impression' THEN e.user_id END) AS impressions,
  COUNT(DISTINCT CASE WHEN e.event_type = 'click' THEN e.user_id END) AS clicks,
  COUNT(DISTINCT CASE WHEN e.event_type = 'conversion' THEN e.user_id END) AS conversions,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN e.event_type = 'click' THEN e.user_id END)
    / NULLIF(COUNT(DISTINCT CASE WHEN e.event_type = 'impression' THEN e.user_id END), 0), 2) AS ctr_pct,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN e.event_type = 'conversion' THEN e.user_id END)
    / NULLIF(COUNT(DISTINCT CASE WHEN e.event_type = 'click' THEN e.user_id END), 0), 2) AS cvr_pct
FROM dim_ad_campaigns c
LEFT JOIN fact_ad_events e ON e.campaign_id = c.campaign_id AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY c.campaign_id
ORDER BY c.campaign_id;
