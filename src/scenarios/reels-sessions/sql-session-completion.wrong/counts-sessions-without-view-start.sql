-- mistake: your total counts session-days that started no video (a session that only crossed midnight with a like or a view_end)
-- hint: A session counts on a day only if it has a view_start that day: filter the events to view_start before grouping.
WITH session_days AS (
  SELECT date_partition, session_id,
         COUNT(DISTINCT CASE WHEN event_type = 'view_start' THEN video_id END) AS videos_started
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY date_partition, session_id
)
SELECT date_partition, COUNT(*) AS total_sessions, SUM(videos_started >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos_started >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM session_days
GROUP BY date_partition
ORDER BY date_partition;
