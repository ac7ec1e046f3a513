-- Every (platform, day) of May and June from a calendar, missing days filled with 0, then AVG.
WITH RECURSIVE calendar(day) AS (
  SELECT '2024-05-01'
  UNION ALL
  SELECT date(day, '+1 day') FROM calendar WHERE day < '2024-06-30'
),
platforms AS (
  SELECT DISTINCT platform_type FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
),
daily AS (
  SELECT platform_type, date_partition AS day, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_sessions
  GROUP BY platform_type, date_partition
),
filled AS (
  SELECT p.platform_type, date_trunc('month', c.day) AS month, COALESCE(d.dau, 0) AS dau
  FROM platforms p
  CROSS JOIN calendar c
  LEFT JOIN daily d ON d.platform_type = p.platform_type AND d.day = c.day
),
monthly AS (
  SELECT platform_type,
         AVG(dau) FILTER (WHERE month = '2024-05-01') AS may_avg,
         AVG(dau) FILTER (WHERE month = '2024-06-01') AS june_avg
  FROM filled
  GROUP BY platform_type
)
SELECT platform_type, ROUND(may_avg, 1) AS may_avg_dau, ROUND(june_avg, 1) AS june_avg_dau,
       ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM monthly
ORDER BY change_pct ASC;
