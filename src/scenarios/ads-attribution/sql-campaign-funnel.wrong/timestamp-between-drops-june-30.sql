-- mistake: event_timestamp BETWEEN '2024-06-01' AND '2024-06-30' stops at midnight starting June 30, so that day's events are missed
-- hint: Filter on date_partition (or date(event_timestamp)); a timestamp such as '2024-06-30 10:00:00' sorts after the text '2024-06-30'.
WITH june AS (
  SELECT
    campaign_id,
    SUM(event_type = 'impression') AS impressions,
    SUM(event_type = 'click') AS clicks,
    SUM(event_type = 'conversion') AS conversions
  FROM fact_ad_events
  WHERE event_timestamp BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY campaign_id
)
SELECT
  c.campaign_id,
  COALESCE(j.impressions, 0) AS impressions,
  COALESCE(j.clicks, 0) AS clicks,
  COALESCE(j.conversions, 0) AS conversions,
  ROUND(100.0 * j.clicks / j.impressions, 2) AS ctr_pct,
  ROUND(100.0 * j.conversions / j.clicks, 2) AS cvr_pct
FROM dim_ad_campaigns AS c
LEFT JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
