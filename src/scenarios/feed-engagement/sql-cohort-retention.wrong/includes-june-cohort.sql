-- mistake: you keep every registration from 2024-01-01 on, so the June 2024 cohort (outside January-May) shows up too
-- hint: The cohorts are January to May 2024: registration_date from 2024-01-01 to 2024-05-31.
WITH flags AS (
  SELECT
    strftime('%Y-%m', u.registration_date) AS cohort_month,
    EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
            AND a.activity_date = date(u.registration_date, '+1 day')) AS r1,
    EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
            AND a.activity_date = date(u.registration_date, '+7 days')) AS r7,
    EXISTS (SELECT 1 FROM fact_user_daily_activity a WHERE a.user_id = u.user_id AND a.is_dau = 1
            AND a.activity_date = date(u.registration_date, '+30 days')) AS r30
  FROM dim_user_cohorts u
  WHERE u.registration_date >= '2024-01-01'
)
SELECT cohort_month, COUNT(*) AS cohort_size,
       ROUND(100.0 * SUM(r1) / COUNT(*), 2) AS d1_retention_pct,
       ROUND(100.0 * SUM(r7) / COUNT(*), 2) AS d7_retention_pct,
       ROUND(100.0 * SUM(r30) / COUNT(*), 2) AS d30_retention_pct
FROM flags
GROUP BY cohort_month
HAVING COUNT(*) >= 100
ORDER BY cohort_month;
