-- mistake: LAG compares a creator's current week with the last week they had events, so a creator silent in the week of 2024-06-17 is compared with an older week (2024-06-16 lies in the week of 2024-06-10)
-- hint: Require events in the week of 2024-06-17 itself: compare fixed weeks (2024-06-17 and 2024-06-24), not "the previous row".
WITH weekly_creator_engagement AS (
  SELECT c.creator_id, c.creator_username,
         date_trunc('week', e.event_timestamp) AS week_start,
         COUNT(*) AS total_engagement_events
  FROM fact_reels_events e
  JOIN dim_creators c ON e.creator_id = c.creator_id
  WHERE e.date_partition >= date(CURRENT_DATE, '-14 days')
    AND c.follower_count >= 1000
    AND e.event_type IN ('like', 'share', 'comment', 'view_start')
  GROUP BY c.creator_id, c.creator_username, date_trunc('week', e.event_timestamp)
),
weekly_growth AS (
  SELECT creator_id, creator_username, week_start, total_engagement_events,
         LAG(total_engagement_events) OVER (PARTITION BY creator_id ORDER BY week_start) AS prev_week_engagement
  FROM weekly_creator_engagement
)
SELECT creator_id, creator_username, week_start, total_engagement_events, prev_week_engagement,
       ROUND(100.0 * (total_engagement_events - prev_week_engagement) / prev_week_engagement, 2) AS week_over_week_growth_pct
FROM weekly_growth
WHERE prev_week_engagement IS NOT NULL
  AND week_start = (SELECT MAX(week_start) FROM weekly_growth)
ORDER BY week_over_week_growth_pct DESC, creator_id
LIMIT 100;
