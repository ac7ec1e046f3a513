-- Days taken from session_end_ts: sessions without an end, or ending after midnight, move or vanish.
SELECT
  date(session_end_ts) AS date_partition,
  COUNT(*) AS total_sessions,
  ROUND(100.0 * SUM(posts_viewed > 0) / COUNT(*), 2) AS view_rate_pct,
  ROUND(100.0 * SUM(posts_liked > 0 OR posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS engagement_rate_pct,
  ROUND(100.0 * SUM(posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS share_comment_rate_pct,
  ROUND(100.0 * SUM(max_scroll_depth_pct > 50) / COUNT(*), 2) AS deep_scroll_rate_pct,
  ROUND(100.0 * SUM(posts_viewed = 0) / COUNT(*), 2) AS bounce_rate_pct
FROM fact_user_sessions
WHERE date(session_end_ts) BETWEEN '2024-06-24' AND '2024-06-30'
GROUP BY date(session_end_ts)
ORDER BY 1;
