-- One pass over the joined activity with the day offset, counted per N with FILTER.
WITH users AS (
  SELECT user_id, registration_date, strftime('%Y-%m', registration_date) AS cohort_month
  FROM dim_user_cohorts
  WHERE date_part('year', registration_date) = 2024 AND date_part('month', registration_date) <= 5
),
offsets AS (
  SELECT u.user_id, CAST(julianday(a.activity_date) - julianday(u.registration_date) AS INTEGER) AS day_n
  FROM users u
  JOIN fact_user_daily_activity a ON a.user_id = u.user_id
  WHERE a.is_dau = 1
    AND a.activity_date IN (date(u.registration_date, '+1 day'), date(u.registration_date, '+7 days'),
                            date(u.registration_date, '+30 days'))
),
sizes AS (
  SELECT cohort_month, COUNT(*) AS cohort_size FROM users GROUP BY cohort_month
)
SELECT
  s.cohort_month,
  s.cohort_size,
  ROUND(100.0 * (SELECT COUNT(*) FILTER (WHERE o.day_n = 1) FROM offsets o JOIN users u USING (user_id)
                 WHERE u.cohort_month = s.cohort_month) / s.cohort_size, 2) AS d1_retention_pct,
  ROUND(100.0 * (SELECT COUNT(*) FILTER (WHERE o.day_n = 7) FROM offsets o JOIN users u USING (user_id)
                 WHERE u.cohort_month = s.cohort_month) / s.cohort_size, 2) AS d7_retention_pct,
  ROUND(100.0 * (SELECT COUNT(*) FILTER (WHERE o.day_n = 30) FROM offsets o JOIN users u USING (user_id)
                 WHERE u.cohort_month = s.cohort_month) / s.cohort_size, 2) AS d30_retention_pct
FROM sizes s
WHERE s.cohort_size >= 100
ORDER BY s.cohort_month;
