-- mistake: your window starts at today minus 7 days, so it covers eight days and includes 2024-06-23
-- hint: Seven days ending today start six days back: 2024-06-24 to 2024-06-30.
WITH daily_sessions AS (
  SELECT date_partition, session_id, COUNT(DISTINCT video_id) AS videos_watched
  FROM fact_reels_events
  WHERE date_partition >= date(CURRENT_DATE, '-7 days') AND event_type = 'view_start'
  GROUP BY date_partition, session_id
)
SELECT date_partition, COUNT(*) AS total_sessions,
       COUNT(CASE WHEN videos_watched >= 3 THEN 1 END) AS completed_sessions,
       ROUND(100.0 * COUNT(CASE WHEN videos_watched >= 3 THEN 1 END) / COUNT(*), 2) AS completion_rate_pct
FROM daily_sessions
GROUP BY date_partition
ORDER BY date_partition;
