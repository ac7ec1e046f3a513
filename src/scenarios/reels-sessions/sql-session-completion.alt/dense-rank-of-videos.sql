-- Distinct videos per session-day as the highest DENSE_RANK of video_id inside it.
WITH starts AS (
  SELECT date_partition, session_id,
         DENSE_RANK() OVER (PARTITION BY date_partition, session_id ORDER BY video_id) AS nth_video
  FROM fact_reels_events
  WHERE event_type = 'view_start' AND date_partition >= '2024-06-24' AND date_partition <= '2024-06-30'
),
session_days AS (
  SELECT date_partition, session_id, MAX(nth_video) AS videos
  FROM starts
  GROUP BY date_partition, session_id
)
SELECT date_partition,
       COUNT(session_id) AS total_sessions,
       SUM(CASE WHEN videos >= 3 THEN 1 ELSE 0 END) AS completed_sessions,
       ROUND(AVG(CASE WHEN videos >= 3 THEN 100.0 ELSE 0 END), 2) AS completion_rate_pct
FROM session_days
GROUP BY date_partition
ORDER BY date_partition;
