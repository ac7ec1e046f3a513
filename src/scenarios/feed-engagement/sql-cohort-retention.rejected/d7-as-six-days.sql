-- "Within the first week" read as registration_date + 6 days.
SELECT
  strftime('%Y-%m', u.registration_date) AS cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
        AND a.activity_date = date(u.registration_date, '+1 day'))) / COUNT(*), 2) AS d1_retention_pct,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
        AND a.activity_date = date(u.registration_date, '+6 days'))) / COUNT(*), 2) AS d7_retention_pct,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
        AND a.activity_date = date(u.registration_date, '+29 days'))) / COUNT(*), 2) AS d30_retention_pct
FROM dim_user_cohorts u
WHERE u.registration_date BETWEEN '2024-01-01' AND '2024-05-31'
GROUP BY cohort_month
HAVING COUNT(*) >= 100
ORDER BY cohort_month;
