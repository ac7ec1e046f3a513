-- LEFT JOIN straight onto the events with the June filter in the ON clause (so it cannot
-- drop campaigns), COUNT(column) FILTER per type, month picked with date_trunc.
SELECT
  c.campaign_id,
  COUNT(e.event_id) FILTER (WHERE e.event_type = 'impression') AS impressions,
  COUNT(e.event_id) FILTER (WHERE e.event_type = 'click') AS clicks,
  COUNT(e.event_id) FILTER (WHERE e.event_type = 'conversion') AS conversions,
  ROUND(100.0 * COUNT(e.event_id) FILTER (WHERE e.event_type = 'click')
    / NULLIF(COUNT(e.event_id) FILTER (WHERE e.event_type = 'impression'), 0), 2) AS ctr_pct,
  ROUND(100.0 * COUNT(e.event_id) FILTER (WHERE e.event_type = 'conversion')
    / NULLIF(COUNT(e.event_id) FILTER (WHERE e.event_type = 'click'), 0), 2) AS cvr_pct
FROM dim_ad_campaigns c
LEFT JOIN fact_ad_events e
  ON e.campaign_id = c.campaign_id
 AND date_trunc('month', e.event_timestamp) = '2024-06-01'
GROUP BY c.campaign_id
ORDER BY c.campaign_id;
