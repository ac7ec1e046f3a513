-- COUNT(*) FILTER per step, window relative to CURRENT_DATE.
SELECT
  date_partition,
  COUNT(*) AS total_sessions,
  ROUND(100.0 * COUNT(*) FILTER (WHERE posts_viewed > 0) / COUNT(*), 2) AS view_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE posts_liked + posts_shared + posts_commented > 0) / COUNT(*), 2)
    AS engagement_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE MAX(posts_shared, posts_commented) > 0) / COUNT(*), 2)
    AS share_comment_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE max_scroll_depth_pct > 50.0) / COUNT(*), 2) AS deep_scroll_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE NOT posts_viewed > 0) / COUNT(*), 2) AS bounce_rate_pct
FROM fact_user_sessions
WHERE date_partition > date(CURRENT_DATE, '-7 days') AND date_partition <= date(CURRENT_DATE)
GROUP BY date_partition
ORDER BY date_partition;
