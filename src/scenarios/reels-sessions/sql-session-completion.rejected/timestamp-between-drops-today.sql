-- event_timestamp BETWEEN two dates: '2024-06-30 10:00:00' > '2024-06-30', so today vanishes.
WITH session_days AS (
  SELECT date_partition, session_id, COUNT(DISTINCT video_id) AS videos
  FROM fact_reels_events
  WHERE event_type = 'view_start' AND event_timestamp BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY 1, 2
)
SELECT date_partition, COUNT(*) AS total_sessions, SUM(videos >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM session_days
GROUP BY 1
ORDER BY 1;
