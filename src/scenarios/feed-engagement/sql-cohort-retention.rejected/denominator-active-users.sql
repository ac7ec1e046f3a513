-- Retention among users who were ever active, instead of the whole cohort.
WITH active_users AS (
  SELECT u.user_id, u.registration_date, strftime('%Y-%m', u.registration_date) AS cohort_month
  FROM dim_user_cohorts u
  WHERE u.registration_date BETWEEN '2024-01-01' AND '2024-05-31' AND u.last_active_date IS NOT NULL
)
SELECT
  cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = au.user_id AND a.is_dau = 1
        AND a.activity_date = date(au.registration_date, '+1 day'))) / COUNT(*), 2) AS d1_retention_pct,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = au.user_id AND a.is_dau = 1
        AND a.activity_date = date(au.registration_date, '+7 days'))) / COUNT(*), 2) AS d7_retention_pct,
  ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = au.user_id AND a.is_dau = 1
        AND a.activity_date = date(au.registration_date, '+30 days'))) / COUNT(*), 2) AS d30_retention_pct
FROM active_users au
GROUP BY cohort_month
HAVING COUNT(*) >= 100
ORDER BY cohort_month;
