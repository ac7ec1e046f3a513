-- The dimension's is_retained_dN flags agree with the facts; SUM skips NULLs.
SELECT
  substr(date_trunc('month', registration_date), 1, 7) AS cohort_month,
  COUNT(user_id) AS cohort_size,
  ROUND(100.0 * COALESCE(SUM(is_retained_d1), 0) / COUNT(user_id), 2) AS d1_retention_pct,
  ROUND(100.0 * COALESCE(SUM(is_retained_d7), 0) / COUNT(user_id), 2) AS d7_retention_pct,
  ROUND(100.0 * COALESCE(SUM(is_retained_d30), 0) / COUNT(user_id), 2) AS d30_retention_pct
FROM dim_user_cohorts
WHERE registration_date >= '2024-01-01' AND registration_date < '2024-06-01'
GROUP BY 1
HAVING COUNT(user_id) >= 100
ORDER BY 1;
