-- mistake: you count the distinct videos of all events, so a like or view_end of a video started the day before makes a session look deeper (and counts sessions that started nothing)
-- hint: Only view_start events say a video was started: filter event_type = 'view_start' before counting distinct videos.
SELECT date_partition, COUNT(*) AS total_sessions, SUM(n >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(n >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM (
  SELECT date_partition, session_id, COUNT(DISTINCT video_id) AS n
  FROM fact_reels_events
  WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY date_partition, session_id
)
GROUP BY date_partition
ORDER BY date_partition;
