-- A seven-day calendar, each figure a correlated subquery on the date_partition index.
WITH RECURSIVE week(d) AS (
  SELECT date('now', '-6 days')
  UNION ALL
  SELECT date(d, '+1 day') FROM week WHERE d < date('now')
),
counts AS (
  SELECT
    d,
    (SELECT COUNT(session_id) FROM fact_user_sessions s WHERE s.date_partition = d) AS n,
    (SELECT COUNT(*) FROM fact_user_sessions s WHERE s.date_partition = d AND s.posts_viewed > 0) AS v,
    (SELECT COUNT(*) FROM fact_user_sessions s WHERE s.date_partition = d
       AND (s.posts_liked > 0 OR s.posts_shared > 0 OR s.posts_commented > 0)) AS e,
    (SELECT COUNT(*) FROM fact_user_sessions s WHERE s.date_partition = d
       AND (s.posts_shared > 0 OR s.posts_commented > 0)) AS sc,
    (SELECT COUNT(*) FROM fact_user_sessions s WHERE s.date_partition = d AND s.max_scroll_depth_pct > 50) AS ds,
    (SELECT COUNT(*) FROM fact_user_sessions s WHERE s.date_partition = d AND s.posts_viewed = 0) AS b
  FROM week
)
SELECT d AS date_partition, n AS total_sessions,
       ROUND(100.0 * v / n, 2) AS view_rate_pct,
       ROUND(100.0 * e / n, 2) AS engagement_rate_pct,
       ROUND(100.0 * sc / n, 2) AS share_comment_rate_pct,
       ROUND(100.0 * ds / n, 2) AS deep_scroll_rate_pct,
       ROUND(100.0 * b / n, 2) AS bounce_rate_pct
FROM counts
WHERE n > 0
ORDER BY d;
