-- mistake: your daily active users count sessions, so a user with three sessions in a day counts three times
-- hint: A platform's DAU on a day is the number of distinct users with a session there that day.
WITH monthly AS (
  SELECT platform_type,
         SUM(date_partition < '2024-06-01') / 31.0 AS may_avg,
         SUM(date_partition >= '2024-06-01') / 30.0 AS june_avg
  FROM fact_user_sessions
  WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30'
  GROUP BY platform_type
)
SELECT platform_type,
       ROUND(may_avg, 1) AS may_avg_dau,
       ROUND(june_avg, 1) AS june_avg_dau,
       ROUND(100.0 * (june_avg - may_avg) / may_avg, 2) AS change_pct
FROM monthly
ORDER BY change_pct;
