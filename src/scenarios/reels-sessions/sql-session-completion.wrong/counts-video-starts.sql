-- mistake: your completion counts video starts, not distinct videos, so a session that starts the same video twice looks completed
-- hint: A session that starts videos A, B, A has seen two videos. Count DISTINCT video_id.
WITH session_days AS (
  SELECT date_partition, session_id, COUNT(video_id) AS videos_started
  FROM fact_reels_events
  WHERE event_type = 'view_start' AND date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY date_partition, session_id
)
SELECT date_partition, COUNT(*) AS total_sessions, SUM(videos_started >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos_started >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM session_days
GROUP BY date_partition
ORDER BY date_partition;
