-- Labels the row with the previous week's Monday.
WITH weekly AS (
  SELECT creator_id, SUM(date_partition >= '2024-06-24') AS cur, SUM(date_partition < '2024-06-24') AS prev
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-17' AND '2024-06-30' AND event_type IN ('like', 'share', 'comment', 'view_start')
  GROUP BY creator_id
)
SELECT c.creator_id, c.creator_username, '2024-06-17' AS week_start, cur AS total_engagement_events, prev AS prev_week_engagement,
       ROUND(100.0 * (cur - prev) / prev, 2) AS week_over_week_growth_pct
FROM weekly w JOIN dim_creators c USING (creator_id)
WHERE c.follower_count >= 1000 AND cur > 0 AND prev > 0
ORDER BY 6 DESC, 1
LIMIT 100;
