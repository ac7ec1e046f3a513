-- Flags per session first (CASE), days from the session's start timestamp, then totals.
WITH flagged AS (
  SELECT
    substr(session_start_ts, 1, 10) AS day,
    CASE WHEN posts_viewed > 0 THEN 1 ELSE 0 END AS viewed,
    CASE WHEN posts_liked > 0 OR posts_shared > 0 OR posts_commented > 0 THEN 1 ELSE 0 END AS engaged,
    CASE WHEN posts_shared > 0 OR posts_commented > 0 THEN 1 ELSE 0 END AS shared_or_commented,
    CASE WHEN max_scroll_depth_pct > 50 THEN 1 ELSE 0 END AS deep,
    CASE WHEN posts_viewed = 0 THEN 1 ELSE 0 END AS bounced
  FROM fact_user_sessions
  WHERE session_start_ts >= '2024-06-24' AND session_start_ts < '2024-07-01'
),
totals AS (
  SELECT day, COUNT(*) AS n, SUM(viewed) AS v, SUM(engaged) AS e, SUM(shared_or_commented) AS sc,
         SUM(deep) AS ds, SUM(bounced) AS b
  FROM flagged
  GROUP BY day
)
SELECT day AS date_partition, n AS total_sessions,
       ROUND(v * 100.0 / n, 2) AS view_rate_pct,
       ROUND(e * 100.0 / n, 2) AS engagement_rate_pct,
       ROUND(sc * 100.0 / n, 2) AS share_comment_rate_pct,
       ROUND(ds * 100.0 / n, 2) AS deep_scroll_rate_pct,
       ROUND(b * 100.0 / n, 2) AS bounce_rate_pct
FROM totals
ORDER BY day;
