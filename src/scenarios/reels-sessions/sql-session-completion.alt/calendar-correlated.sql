-- A seven-day calendar; each figure is a correlated subquery on the date_partition index.
WITH RECURSIVE week(d) AS (
  SELECT '2024-06-24'
  UNION ALL
  SELECT date(d, '+1 day') FROM week WHERE d < '2024-06-30'
),
counts AS (
  SELECT
    d,
    (SELECT COUNT(DISTINCT session_id) FROM fact_reels_events e
      WHERE e.date_partition = d AND e.event_type = 'view_start') AS total,
    (SELECT COUNT(*) FROM (
       SELECT session_id FROM fact_reels_events e
       WHERE e.date_partition = d AND e.event_type = 'view_start'
       GROUP BY session_id
       HAVING COUNT(DISTINCT video_id) >= 3)) AS completed
  FROM week
)
SELECT d AS date_partition, total AS total_sessions, completed AS completed_sessions,
       ROUND(completed * 100.0 / total, 2) AS completion_rate_pct
FROM counts
WHERE total > 0
ORDER BY d;
