-- mistake: you count a user as retained on day N when they were active on any day N or more after registering, not on day N itself
-- hint: Day-7 retention asks one question: was the user active on exactly registration_date + 7 days?
WITH user_cohorts AS (
  SELECT user_id, strftime('%Y-%m', registration_date) AS cohort_month, registration_date
  FROM dim_user_cohorts
  WHERE registration_date BETWEEN '2024-01-01' AND '2024-05-31'
),
activity AS (
  SELECT c.user_id, c.cohort_month,
         julianday(a.activity_date) - julianday(c.registration_date) AS days_since_reg
  FROM user_cohorts c
  LEFT JOIN fact_user_daily_activity a
    ON a.user_id = c.user_id
   AND a.is_dau = 1
   AND a.activity_date BETWEEN c.registration_date AND date(c.registration_date, '+30 days')
),
matrix AS (
  SELECT cohort_month,
         COUNT(DISTINCT user_id) AS cohort_size,
         COUNT(DISTINCT CASE WHEN days_since_reg >= 1 THEN user_id END) AS r1,
         COUNT(DISTINCT CASE WHEN days_since_reg >= 7 THEN user_id END) AS r7,
         COUNT(DISTINCT CASE WHEN days_since_reg >= 30 THEN user_id END) AS r30
  FROM activity
  GROUP BY cohort_month
)
SELECT cohort_month, cohort_size,
       ROUND(100.0 * r1 / cohort_size, 2) AS d1_retention_pct,
       ROUND(100.0 * r7 / cohort_size, 2) AS d7_retention_pct,
       ROUND(100.0 * r30 / cohort_size, 2) AS d30_retention_pct
FROM matrix
WHERE cohort_size >= 100
ORDER BY cohort_month;
