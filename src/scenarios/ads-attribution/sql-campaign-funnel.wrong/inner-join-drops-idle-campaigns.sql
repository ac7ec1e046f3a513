-- mistake: your inner join drops the campaigns that had no events in June, but every campaign must appear with zeros
-- hint: Start from dim_ad_campaigns and LEFT JOIN the June counts, turning missing counts into 0.
WITH june AS (
  SELECT
    campaign_id,
    SUM(event_type = 'impression') AS impressions,
    SUM(event_type = 'click') AS clicks,
    SUM(event_type = 'conversion') AS conversions
  FROM fact_ad_events
  WHERE date_partition BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY campaign_id
)
SELECT
  c.campaign_id,
  j.impressions,
  j.clicks,
  j.conversions,
  ROUND(100.0 * j.clicks / j.impressions, 2) AS ctr_pct,
  ROUND(100.0 * j.conversions / j.clicks, 2) AS cvr_pct
FROM dim_ad_campaigns AS c
JOIN june AS j ON j.campaign_id = c.campaign_id
ORDER BY c.campaign_id;
