-- "Completed" read as three videos with a view_end, instead of three started videos.
WITH session_days AS (
  SELECT date_partition, session_id,
         COUNT(DISTINCT CASE WHEN event_type = 'view_end' THEN video_id END) AS finished
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY 1, 2
  HAVING SUM(event_type = 'view_start') > 0
)
SELECT date_partition, COUNT(*) AS total_sessions, SUM(finished >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(finished >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM session_days
GROUP BY 1
ORDER BY 1;
