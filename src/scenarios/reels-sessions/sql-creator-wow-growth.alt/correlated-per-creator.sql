-- Both weekly counts as correlated subqueries on the creator_id index.
WITH counts AS (
  SELECT c.creator_id, c.creator_username,
    (SELECT COUNT(*) FROM fact_reels_events e
      WHERE e.creator_id = c.creator_id AND e.event_type IN ('like', 'share', 'comment', 'view_start')
        AND e.date_partition BETWEEN '2024-06-24' AND '2024-06-30') AS cur,
    (SELECT COUNT(*) FROM fact_reels_events e
      WHERE e.creator_id = c.creator_id AND e.event_type IN ('like', 'share', 'comment', 'view_start')
        AND e.date_partition BETWEEN '2024-06-17' AND '2024-06-23') AS prev
  FROM dim_creators c
  WHERE c.follower_count >= 1000
)
SELECT creator_id, creator_username, '2024-06-24' AS week_start, cur AS total_engagement_events,
       prev AS prev_week_engagement, ROUND((cur - prev) * 100.0 / prev, 2) AS week_over_week_growth_pct
FROM counts
WHERE cur > 0 AND prev > 0
ORDER BY week_over_week_growth_pct DESC, creator_id
LIMIT 100;
