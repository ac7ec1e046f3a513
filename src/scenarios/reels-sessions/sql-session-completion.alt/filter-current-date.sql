-- Per session-day distinct starts, FILTER for the completed ones, window relative to CURRENT_DATE.
SELECT
  date_partition,
  COUNT(*) AS total_sessions,
  COUNT(*) FILTER (WHERE started >= 3) AS completed_sessions,
  ROUND(100.0 * COUNT(*) FILTER (WHERE started >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM (
  SELECT date_partition, session_id, COUNT(DISTINCT video_id) AS started
  FROM fact_reels_events
  WHERE event_type = 'view_start'
    AND date_partition BETWEEN date(CURRENT_DATE, '-6 days') AND CURRENT_DATE
  GROUP BY date_partition, session_id
) AS per_session
GROUP BY date_partition
ORDER BY date_partition;
