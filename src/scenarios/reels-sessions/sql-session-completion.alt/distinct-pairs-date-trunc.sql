-- Distinct (day, session, video) starts first; the week found with date_trunc.
WITH pairs AS (
  SELECT DISTINCT date_partition, session_id, video_id
  FROM fact_reels_events
  WHERE event_type = 'view_start' AND date_trunc('week', date_partition) = '2024-06-24'
),
per_session AS (
  SELECT date_partition, session_id, COUNT(*) AS videos
  FROM pairs
  GROUP BY 1, 2
)
SELECT date_partition, COUNT(*) AS total_sessions, SUM(videos >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM per_session
GROUP BY 1
ORDER BY 1;
