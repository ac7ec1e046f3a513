-- For each June conversion, a correlated subquery picks the last touch's campaign with
-- ORDER BY ... LIMIT 1; conversions where it finds nothing are filtered out.
SELECT
  last_campaign AS campaign_id,
  COUNT(*) AS conversions,
  ROUND(SUM(conversion_value_usd), 2) AS attributed_revenue
FROM (
  SELECT
    c.conversion_value_usd,
    (
      SELECT t.campaign_id
      FROM fact_ad_events t
      WHERE t.user_id = c.user_id
        AND t.event_type <> 'conversion'
        AND t.event_timestamp BETWEEN datetime(c.event_timestamp, '-7 days') AND c.event_timestamp
        AND t.event_timestamp <> c.event_timestamp
      ORDER BY t.event_timestamp DESC, CASE t.event_type WHEN 'click' THEN 0 ELSE 1 END, t.event_id DESC
      LIMIT 1
    ) AS last_campaign
  FROM fact_ad_events c
  WHERE c.event_type = 'conversion'
    AND date_trunc('month', c.date_partition) = date_trunc('month', CURRENT_DATE)
) attributed
WHERE last_campaign IS NOT NULL
GROUP BY last_campaign
ORDER BY 3 DESC, 1;
