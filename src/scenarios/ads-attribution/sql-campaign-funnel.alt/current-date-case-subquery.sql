-- SUM(CASE ...) in a derived table, window relative to CURRENT_DATE (pinned to 2024-06-30).
SELECT
  c.campaign_id,
  IFNULL(s.imp, 0) AS impressions,
  IFNULL(s.clk, 0) AS clicks,
  IFNULL(s.conv, 0) AS conversions,
  ROUND(CAST(s.clk AS REAL) * 100 / s.imp, 2) AS ctr_pct,
  ROUND(CAST(s.conv AS REAL) * 100 / s.clk, 2) AS cvr_pct
FROM dim_ad_campaigns c
LEFT JOIN (
  SELECT
    campaign_id,
    SUM(CASE WHEN event_type = 'impression' THEN 1 ELSE 0 END) AS imp,
    SUM(CASE WHEN event_type = 'click' THEN 1 ELSE 0 END) AS clk,
    SUM(CASE WHEN event_type = 'conversion' THEN 1 ELSE 0 END) AS conv
  FROM fact_ad_events
  WHERE date(event_timestamp) BETWEEN date(CURRENT_DATE, 'start of month') AND CURRENT_DATE
  GROUP BY campaign_id
) s ON s.campaign_id = c.campaign_id
ORDER BY 1;
