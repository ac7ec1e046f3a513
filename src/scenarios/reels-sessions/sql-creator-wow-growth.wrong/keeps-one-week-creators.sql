-- mistake: you kept creators with events in only one of the two weeks
-- hint: Keep a creator only when both weekly counts are above 0 (an inner join of the two weeks does it).
WITH weekly AS (
  SELECT creator_id,
         SUM(date_partition >= '2024-06-24') AS this_week,
         SUM(date_partition < '2024-06-24') AS last_week
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-17' AND '2024-06-30'
    AND event_type IN ('view_start', 'like', 'share', 'comment')
  GROUP BY creator_id
)
SELECT c.creator_id, c.creator_username, '2024-06-24' AS week_start,
       w.this_week AS total_engagement_events, w.last_week AS prev_week_engagement,
       ROUND(100.0 * (w.this_week - w.last_week) / w.last_week, 2) AS week_over_week_growth_pct
FROM weekly w
JOIN dim_creators c ON c.creator_id = w.creator_id
WHERE c.follower_count >= 1000
  AND (w.this_week > 0 OR w.last_week > 0)
ORDER BY week_over_week_growth_pct DESC, c.creator_id
LIMIT 100;
