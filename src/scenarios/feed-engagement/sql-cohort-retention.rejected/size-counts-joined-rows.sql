-- LEFT JOINs to all of a user's activity, then COUNT(*) as the cohort size: counts user-days.
SELECT
  strftime('%Y-%m', u.registration_date) AS cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN a.activity_date = date(u.registration_date, '+1 day') THEN u.user_id END) / COUNT(*), 2)
    AS d1_retention_pct,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN a.activity_date = date(u.registration_date, '+7 days') THEN u.user_id END) / COUNT(*), 2)
    AS d7_retention_pct,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN a.activity_date = date(u.registration_date, '+30 days') THEN u.user_id END) / COUNT(*), 2)
    AS d30_retention_pct
FROM dim_user_cohorts u
LEFT JOIN fact_user_daily_activity a ON a.user_id = u.user_id AND a.is_dau = 1
WHERE u.registration_date BETWEEN '2024-01-01' AND '2024-05-31'
GROUP BY cohort_month
HAVING COUNT(*) >= 100
ORDER BY cohort_month;
