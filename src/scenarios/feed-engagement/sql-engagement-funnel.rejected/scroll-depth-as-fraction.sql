-- Treats max_scroll_depth_pct as a 0-1 fraction: "> 0.5" is almost every session.
SELECT
  date_partition,
  COUNT(*) AS total_sessions,
  ROUND(100.0 * SUM(posts_viewed > 0) / COUNT(*), 2) AS view_rate_pct,
  ROUND(100.0 * SUM(posts_liked > 0 OR posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS engagement_rate_pct,
  ROUND(100.0 * SUM(posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS share_comment_rate_pct,
  ROUND(100.0 * SUM(max_scroll_depth_pct > 0.5) / COUNT(*), 2) AS deep_scroll_rate_pct,
  ROUND(100.0 * SUM(posts_viewed = 0) / COUNT(*), 2) AS bounce_rate_pct
FROM fact_user_sessions
WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
GROUP BY date_partition
ORDER BY date_partition;
