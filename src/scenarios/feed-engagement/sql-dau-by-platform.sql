-- Summing each day's distinct users over a month and dividing by the month's length
-- (31 for May, 30 for June) averages over every day: a day without sessions adds 0.
WITH platform_user_days AS (
  SELECT DISTINCT platform_type, date_partition, user_id
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
),
averages AS (
  SELECT
    platform_type,
    SUM(date_partition < '2024-06-01') / 31.0 AS may_avg,
    SUM(date_partition >= '2024-06-01') / 30.0 AS june_avg
  FROM platform_user_days
  GROUP BY platform_type
)
SELECT
  platform_type,
  ROUND(may_avg, 1) AS may_avg_dau,
  ROUND(june_avg, 1) AS june_avg_dau,
  ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM averages
ORDER BY change_pct;
