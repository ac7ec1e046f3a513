-- One LEFT JOIN per retention day; a missing match leaves NULL, which COUNT(col) skips.
SELECT
  u.cohort_month,
  COUNT(*) AS cohort_size,
  ROUND(100.0 * COUNT(r1.user_id) / COUNT(*), 2) AS d1_retention_pct,
  ROUND(100.0 * COUNT(r7.user_id) / COUNT(*), 2) AS d7_retention_pct,
  ROUND(100.0 * COUNT(r30.user_id) / COUNT(*), 2) AS d30_retention_pct
FROM dim_user_cohorts u
LEFT JOIN fact_user_daily_activity r1
  ON r1.user_id = u.user_id AND r1.is_dau = 1 AND r1.activity_date = date(u.registration_date, '+1 day')
LEFT JOIN fact_user_daily_activity r7
  ON r7.user_id = u.user_id AND r7.is_dau = 1 AND r7.activity_date = date(u.registration_date, '+7 days')
LEFT JOIN fact_user_daily_activity r30
  ON r30.user_id = u.user_id AND r30.is_dau = 1 AND r30.activity_date = date(u.registration_date, '+30 days')
WHERE u.cohort_month BETWEEN '2024-01' AND '2024-05'
GROUP BY u.cohort_month
HAVING cohort_size >= 100
ORDER BY u.cohort_month;
