-- The window in whole seconds (strftime('%s')): 1 to 604800 seconds before the conversion;
-- RANK over a composite sort key; June picked with date_part.
WITH pairs AS (
  SELECT
    c.event_id AS conv_id,
    c.conversion_value_usd AS value,
    t.campaign_id,
    RANK() OVER (
      PARTITION BY c.event_id
      ORDER BY t.event_timestamp || CASE t.event_type WHEN 'click' THEN '2' ELSE '1' END || t.event_id DESC
    ) AS r
  FROM fact_ad_events c
  JOIN fact_ad_events t ON t.user_id = c.user_id
  WHERE c.event_type = 'conversion'
    AND date_part('year', c.event_timestamp) = 2024
    AND date_part('month', c.event_timestamp) = 6
    AND t.event_type IN ('click', 'impression')
    AND CAST(strftime('%s', c.event_timestamp) AS INTEGER) - CAST(strftime('%s', t.event_timestamp) AS INTEGER) BETWEEN 1 AND 604800
)
SELECT campaign_id, COUNT(conv_id) AS conversions, ROUND(SUM(value), 2) AS attributed_revenue
FROM pairs
WHERE r = 1
GROUP BY campaign_id
ORDER BY attributed_revenue DESC, campaign_id;
