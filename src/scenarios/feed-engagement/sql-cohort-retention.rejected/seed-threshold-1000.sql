-- The seed's threshold of 1000 users: no cohort is that big, so nothing is left.
-- Every user registered January..May 2024 is in a cohort, whether or not they ever came back.
WITH cohort_users AS (
  SELECT
    user_id,
    registration_date,
    strftime('%Y-%m', registration_date) AS cohort_month
  FROM dim_user_cohorts
  WHERE registration_date BETWEEN '2024-01-01' AND '2024-05-31'
),
retention AS (
  -- Retained on day N = active on exactly registration_date + N days (a primary-key lookup).
  SELECT
    u.cohort_month,
    EXISTS (
      SELECT 1 FROM fact_user_daily_activity AS a
      WHERE a.user_id = u.user_id
        AND a.activity_date = date(u.registration_date, '+1 day')
        AND a.is_dau = 1
    ) AS retained_d1,
    EXISTS (
      SELECT 1 FROM fact_user_daily_activity AS a
      WHERE a.user_id = u.user_id
        AND a.activity_date = date(u.registration_date, '+7 days')
        AND a.is_dau = 1
    ) AS retained_d7,
    EXISTS (
      SELECT 1 FROM fact_user_daily_activity AS a
      WHERE a.user_id = u.user_id
        AND a.activity_date = date(u.registration_date, '+30 days')
        AND a.is_dau = 1
    ) AS retained_d30
  FROM cohort_users AS u
)
SELECT
  cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * SUM(retained_d1) / COUNT(*), 2) AS d1_retention_pct,
  ROUND(100.0 * SUM(retained_d7) / COUNT(*), 2) AS d7_retention_pct,
  ROUND(100.0 * SUM(retained_d30) / COUNT(*), 2) AS d30_retention_pct
FROM retention
GROUP BY cohort_month
HAVING COUNT(*) >= 1000
ORDER BY cohort_month;
