-- mistake: you compute change_pct from the averages after rounding them to one decimal, which shifts the percentage
-- hint: Keep the unrounded averages for change_pct; round only the values you report.
WITH user_days AS (
  SELECT DISTINCT platform_type, date_partition, user_id
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
),
monthly AS (
  SELECT platform_type,
         ROUND(SUM(date_partition < '2024-06-01') / 31.0, 1) AS may_avg_dau,
         ROUND(SUM(date_partition >= '2024-06-01') / 30.0, 1) AS june_avg_dau
  FROM user_days
  GROUP BY platform_type
)
SELECT platform_type, may_avg_dau, june_avg_dau,
       ROUND(100.0 * (june_avg_dau - may_avg_dau) / may_avg_dau, 2) AS change_pct
FROM monthly
ORDER BY change_pct;
