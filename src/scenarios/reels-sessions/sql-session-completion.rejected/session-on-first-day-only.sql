-- Each session counted once, on the first day it started a video, with all its videos.
WITH per_session AS (
  SELECT session_id, MIN(date_partition) AS first_day, COUNT(DISTINCT video_id) AS videos
  FROM fact_reels_events
  WHERE event_type = 'view_start' AND date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY session_id
)
SELECT first_day AS date_partition, COUNT(*) AS total_sessions, SUM(videos >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM per_session
GROUP BY first_day
ORDER BY first_day;
