-- mistake: your window stops before today, so it covers 2024-06-23 to 2024-06-29 instead of the seven days up to and including 2024-06-30
-- hint: Today, 2024-06-30, is part of the week: the window is 2024-06-24 to 2024-06-30.
SELECT
  date_partition,
  COUNT(*) AS total_sessions,
  ROUND(100.0 * SUM(posts_viewed > 0) / COUNT(*), 2) AS view_rate_pct,
  ROUND(100.0 * SUM(posts_liked > 0 OR posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS engagement_rate_pct,
  ROUND(100.0 * SUM(posts_shared > 0 OR posts_commented > 0) / COUNT(*), 2) AS share_comment_rate_pct,
  ROUND(100.0 * SUM(max_scroll_depth_pct > 50) / COUNT(*), 2) AS deep_scroll_rate_pct,
  ROUND(100.0 * SUM(posts_viewed = 0) / COUNT(*), 2) AS bounce_rate_pct
FROM fact_user_sessions
WHERE date_partition >= date('now', '-7 days') AND date_partition < date('now')
GROUP BY date_partition
ORDER BY date_partition;
