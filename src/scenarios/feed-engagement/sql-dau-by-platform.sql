WITH daily AS (
  -- Daily active users per platform and day, for the days that had sessions.
  SELECT platform_type, date_partition, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
  GROUP BY platform_type, date_partition
),
averages AS (
  -- Dividing by the month's length (31 for May, 30 for June), not by the number of rows,
  -- makes a day without sessions count as 0.
  SELECT
    platform_type,
    SUM(CASE WHEN date_partition < '2024-06-01' THEN dau ELSE 0 END) / 31.0 AS may_avg,
    SUM(CASE WHEN date_partition >= '2024-06-01' THEN dau ELSE 0 END) / 30.0 AS june_avg
  FROM daily
  GROUP BY platform_type
)
SELECT
  platform_type,
  ROUND(may_avg, 1) AS may_avg_dau,
  ROUND(june_avg, 1) AS june_avg_dau,
  ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM averages
ORDER BY change_pct;
