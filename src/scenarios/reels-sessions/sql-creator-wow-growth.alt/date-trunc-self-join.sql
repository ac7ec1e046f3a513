-- Weekly rows with date_trunc, then the current week joined to the previous one.
WITH weekly AS (
  SELECT creator_id, date_trunc('week', date_partition) AS week_start, COUNT(*) AS events
  FROM fact_reels_events
  WHERE event_type IN ('like', 'share', 'comment', 'view_start')
    AND date_partition >= '2024-06-17'
  GROUP BY 1, 2
)
SELECT c.creator_id, c.creator_username, cur.week_start,
       cur.events AS total_engagement_events, prev.events AS prev_week_engagement,
       ROUND((cur.events - prev.events) * 100.0 / prev.events, 2) AS week_over_week_growth_pct
FROM weekly cur
JOIN weekly prev ON prev.creator_id = cur.creator_id AND prev.week_start = '2024-06-17'
JOIN dim_creators c ON c.creator_id = cur.creator_id
WHERE cur.week_start = '2024-06-24' AND c.follower_count >= 1000
ORDER BY week_over_week_growth_pct DESC, c.creator_id
LIMIT 100;
