-- mistake: you counted every event type, view_end included; only likes, shares, comments and view_starts are engagement
-- hint: Filter event_type IN ('like', 'share', 'comment', 'view_start').
WITH weekly AS (
  SELECT creator_id,
         SUM(date_partition >= '2024-06-24') AS this_week,
         SUM(date_partition < '2024-06-24') AS last_week
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-17' AND '2024-06-30'
    AND event_type IN ('view_start', 'like', 'share', 'comment', 'view_end')
  GROUP BY creator_id
)
SELECT c.creator_id, c.creator_username, '2024-06-24' AS week_start,
       w.this_week AS total_engagement_events, w.last_week AS prev_week_engagement,
       ROUND(100.0 * (w.this_week - w.last_week) / w.last_week, 2) AS week_over_week_growth_pct
FROM weekly w
JOIN dim_creators c ON c.creator_id = w.creator_id
WHERE c.follower_count >= 1000
  AND w.this_week > 0 AND w.last_week > 0
ORDER BY week_over_week_growth_pct DESC, c.creator_id
LIMIT 100;
