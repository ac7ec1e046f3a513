-- mistake: you treat any activity row on day N as retention, but a row with is_dau = 0 means the user was not active that day
-- hint: Only rows with is_dau = 1 show that the user came back.
SELECT
  strftime('%Y-%m', u.registration_date) AS cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * COUNT(a1.user_id) / COUNT(*), 2) AS d1_retention_pct,
  ROUND(100.0 * COUNT(a7.user_id) / COUNT(*), 2) AS d7_retention_pct,
  ROUND(100.0 * COUNT(a30.user_id) / COUNT(*), 2) AS d30_retention_pct
FROM dim_user_cohorts u
LEFT JOIN fact_user_daily_activity a1
  ON a1.user_id = u.user_id AND a1.activity_date = date(u.registration_date, '+1 day')
LEFT JOIN fact_user_daily_activity a7
  ON a7.user_id = u.user_id AND a7.activity_date = date(u.registration_date, '+7 days')
LEFT JOIN fact_user_daily_activity a30
  ON a30.user_id = u.user_id AND a30.activity_date = date(u.registration_date, '+30 days')
WHERE u.registration_date BETWEEN '2024-01-01' AND '2024-05-31'
GROUP BY cohort_month
HAVING COUNT(*) >= 100
ORDER BY cohort_month;
