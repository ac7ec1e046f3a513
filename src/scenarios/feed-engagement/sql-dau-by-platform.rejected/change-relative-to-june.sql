-- Change measured against June instead of May.
WITH user_days AS (
  SELECT DISTINCT platform_type, date_partition, user_id
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
),
monthly AS (
  SELECT platform_type,
         SUM(date_partition < '2024-06-01') / 31.0 AS may_avg,
         SUM(date_partition >= '2024-06-01') / 30.0 AS june_avg
  FROM user_days
  GROUP BY platform_type
)
SELECT platform_type, ROUND(may_avg, 1) AS may_avg_dau, ROUND(june_avg, 1) AS june_avg_dau,
       ROUND(100.0 * (june_avg - may_avg) / june_avg, 2) AS change_pct
FROM monthly
ORDER BY change_pct;
