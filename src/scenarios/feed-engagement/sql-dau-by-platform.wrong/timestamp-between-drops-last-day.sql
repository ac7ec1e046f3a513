-- mistake: session_start_ts BETWEEN '2024-05-01' AND '2024-05-31' compares text, and '2024-05-31 09:15:00' sorts after '2024-05-31', so the last day of each month is lost
-- hint: Filter on date_partition (a date), or compare the timestamp with the first day of the next month using <.
WITH may AS (
  SELECT platform_type, COUNT(DISTINCT user_id || '|' || date(session_start_ts)) / 31.0 AS avg_dau
  FROM fact_user_sessions
  WHERE session_start_ts BETWEEN '2024-05-01' AND '2024-05-31'
  GROUP BY platform_type
),
june AS (
  SELECT platform_type, COUNT(DISTINCT user_id || '|' || date(session_start_ts)) / 30.0 AS avg_dau
  FROM fact_user_sessions
  WHERE session_start_ts BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY platform_type
)
SELECT m.platform_type,
       ROUND(m.avg_dau, 1) AS may_avg_dau,
       ROUND(j.avg_dau, 1) AS june_avg_dau,
       ROUND(100.0 * (j.avg_dau - m.avg_dau) / m.avg_dau, 2) AS change_pct
FROM may m
JOIN june j ON j.platform_type = m.platform_type
ORDER BY change_pct;
