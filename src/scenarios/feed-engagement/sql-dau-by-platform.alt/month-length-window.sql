-- Month length from the calendar (julianday of the next month's first day minus this one's),
-- totals per month with a window function, then May and June side by side.
WITH daily AS (
  SELECT platform_type, strftime('%Y-%m', date_partition) AS ym,
         date(date_partition, 'start of month') AS month_start,
         COUNT(DISTINCT user_id) AS dau
  FROM fact_user_sessions
  WHERE strftime('%Y-%m', date_partition) IN ('2024-05', '2024-06')
  GROUP BY platform_type, date_partition
),
per_month AS (
  SELECT DISTINCT platform_type, ym,
         SUM(dau) OVER (PARTITION BY platform_type, ym)
           / (julianday(date(month_start, '+1 month')) - julianday(month_start)) AS avg_dau
  FROM daily
)
SELECT m.platform_type,
       ROUND(m.avg_dau, 1) AS may_avg_dau,
       ROUND(j.avg_dau, 1) AS june_avg_dau,
       ROUND(100.0 * (j.avg_dau - m.avg_dau) / m.avg_dau, 2) AS change_pct
FROM per_month m
JOIN per_month j ON j.platform_type = m.platform_type AND j.ym = '2024-06'
WHERE m.ym = '2024-05'
ORDER BY change_pct;
