-- mistake: your previous week starts at today minus 14 days (2024-06-16), so it holds eight days
-- hint: Weeks start on Monday: the previous week is 2024-06-17 to 2024-06-23; 2024-06-16 belongs to neither.
WITH weekly AS (
  SELECT creator_id,
         SUM(date_partition >= '2024-06-24') AS this_week,
         SUM(date_partition < '2024-06-24') AS last_week
  FROM fact_reels_events
  WHERE date_partition >= date(CURRENT_DATE, '-14 days')
    AND event_type IN ('view_start', 'like', 'share', 'comment')
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
