-- Same-second ties: a click first, but then the smaller event_id wins.
-- Each June conversion is joined to the same user's impressions and clicks in
-- [conversion - 7 days, conversion); ROW_NUMBER keeps the latest one (a click before an
-- impression of the same second, then the larger event_id). Conversions without a touch
-- find no partner in the inner join and drop out.
WITH conversions AS (
  SELECT event_id, user_id, event_timestamp, conversion_value_usd
  FROM fact_ad_events
  WHERE event_type = 'conversion'
    AND date_partition BETWEEN '2024-06-01' AND '2024-06-30'
),
ranked AS (
  SELECT
    c.event_id AS conversion_id,
    c.conversion_value_usd,
    t.campaign_id,
    ROW_NUMBER() OVER (
      PARTITION BY c.event_id
      ORDER BY t.event_timestamp DESC, t.event_type = 'click' DESC, t.event_id ASC
    ) AS touch_rank
  FROM conversions AS c
  JOIN fact_ad_events AS t
    ON t.user_id = c.user_id
   AND t.event_type IN ('impression', 'click')
   AND t.event_timestamp >= datetime(c.event_timestamp, '-7 days')
   AND t.event_timestamp < c.event_timestamp
)
SELECT
  campaign_id,
  COUNT(*) AS conversions,
  ROUND(SUM(conversion_value_usd), 2) AS attributed_revenue
FROM ranked
WHERE touch_rank = 1
GROUP BY campaign_id
ORDER BY attributed_revenue DESC, campaign_id;
