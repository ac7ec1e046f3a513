-- mistake: you divide each step by the sessions of the step before it (a step-to-step conversion), but every rate here is a share of all the day's sessions
-- hint: Use total_sessions as the denominator of every rate.
WITH steps AS (
  SELECT
    date_partition,
    COUNT(*) AS total_sessions,
    SUM(posts_viewed > 0) AS viewed,
    SUM(posts_liked > 0 OR posts_shared > 0 OR posts_commented > 0) AS engaged,
    SUM(posts_shared > 0 OR posts_commented > 0) AS shared_or_commented,
    SUM(max_scroll_depth_pct > 50) AS deep,
    SUM(posts_viewed = 0) AS bounced
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
  GROUP BY date_partition
)
SELECT
  date_partition,
  total_sessions,
  ROUND(100.0 * viewed / total_sessions, 2) AS view_rate_pct,
  ROUND(100.0 * engaged / viewed, 2) AS engagement_rate_pct,
  ROUND(100.0 * shared_or_commented / engaged, 2) AS share_comment_rate_pct,
  ROUND(100.0 * deep / viewed, 2) AS deep_scroll_rate_pct,
  ROUND(100.0 * bounced / total_sessions, 2) AS bounce_rate_pct
FROM steps
ORDER BY date_partition;
