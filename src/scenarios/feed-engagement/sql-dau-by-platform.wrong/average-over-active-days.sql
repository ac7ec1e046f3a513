-- mistake: your averages only cover days on which the platform had sessions, so a day with no sessions at all is skipped instead of counting as 0
-- hint: Every day of the month is in the average: divide by 31 for May and 30 for June, or put the missing days back with a calendar and count them as 0.
WITH daily AS (
  SELECT platform_type, date_partition, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
  GROUP BY platform_type, date_partition
),
monthly AS (
  SELECT platform_type,
         AVG(CASE WHEN date_partition < '2024-06-01' THEN dau END) AS may_avg,
         AVG(CASE WHEN date_partition >= '2024-06-01' THEN dau END) AS june_avg
  FROM daily
  GROUP BY platform_type
)
SELECT platform_type,
       ROUND(may_avg, 1) AS may_avg_dau,
       ROUND(june_avg, 1) AS june_avg_dau,
       ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM monthly
ORDER BY change_pct;
