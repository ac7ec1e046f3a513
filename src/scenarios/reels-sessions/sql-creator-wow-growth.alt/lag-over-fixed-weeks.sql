-- LAG, but only after checking that the previous row really is the week of 2024-06-17.
WITH weekly AS (
  SELECT e.creator_id, date(e.date_partition, '-6 days', 'weekday 1') AS monday, COUNT(*) AS events
  FROM fact_reels_events e
  JOIN dim_creators c ON c.creator_id = e.creator_id AND c.follower_count >= 1000
  WHERE e.event_type <> 'view_end'
    AND e.date_partition BETWEEN date(CURRENT_DATE, '-13 days') AND CURRENT_DATE
  GROUP BY 1, 2
),
lagged AS (
  SELECT creator_id, monday, events,
         LAG(events) OVER (PARTITION BY creator_id ORDER BY monday) AS prev_events,
         LAG(monday) OVER (PARTITION BY creator_id ORDER BY monday) AS prev_monday
  FROM weekly
)
SELECT l.creator_id, c.creator_username, l.monday AS week_start, l.events AS total_engagement_events,
       l.prev_events AS prev_week_engagement,
       ROUND(100.0 * (l.events - l.prev_events) / l.prev_events, 2) AS week_over_week_growth_pct
FROM lagged l
JOIN dim_creators c ON c.creator_id = l.creator_id
WHERE l.monday = '2024-06-24' AND l.prev_monday = '2024-06-17'
ORDER BY 6 DESC, 1
LIMIT 100;
