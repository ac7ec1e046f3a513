-- A touch is the last one when no other touch of the window is "later" by the tie rule.
SELECT
  t.campaign_id,
  COUNT(*) AS conversions,
  ROUND(SUM(c.conversion_value_usd), 2) AS attributed_revenue
FROM fact_ad_events c
JOIN fact_ad_events t
  ON t.user_id = c.user_id
 AND t.event_type IN ('impression', 'click')
 AND t.event_timestamp >= datetime(c.event_timestamp, '-7 days')
 AND t.event_timestamp < c.event_timestamp
WHERE c.event_type = 'conversion'
  AND c.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
  AND NOT EXISTS (
    SELECT 1
    FROM fact_ad_events o
    WHERE o.user_id = c.user_id
      AND o.event_type IN ('impression', 'click')
      AND o.event_timestamp >= datetime(c.event_timestamp, '-7 days')
      AND o.event_timestamp < c.event_timestamp
      AND (
        o.event_timestamp > t.event_timestamp
        OR (o.event_timestamp = t.event_timestamp AND o.event_type = 'click' AND t.event_type = 'impression')
        OR (o.event_timestamp = t.event_timestamp AND o.event_type = t.event_type AND o.event_id > t.event_id)
      )
  )
GROUP BY t.campaign_id
ORDER BY attributed_revenue DESC, t.campaign_id;
