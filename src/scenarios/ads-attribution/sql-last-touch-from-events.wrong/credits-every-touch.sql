-- mistake: you credit every touch in the window with the whole conversion, so conversions and revenue are counted once per touch
-- hint: Keep one touch per conversion, the latest (ROW_NUMBER() ... = 1, or a NOT EXISTS for a later touch).
SELECT
  t.campaign_id,
  COUNT(*) AS conversions,
  ROUND(SUM(c.conversion_value_usd), 2) AS attributed_revenue
FROM fact_ad_events AS c
JOIN fact_ad_events AS t
  ON t.user_id = c.user_id
 AND t.event_type IN ('impression', 'click')
 AND t.event_timestamp >= datetime(c.event_timestamp, '-7 days')
 AND t.event_timestamp < c.event_timestamp
WHERE c.event_type = 'conversion'
  AND c.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY t.campaign_id
ORDER BY attributed_revenue DESC, t.campaign_id;
