-- Postgres habits: date_trunc for the month, COUNT(DISTINCT ...) FILTER for DAU.
WITH june_days AS (
  SELECT DISTINCT activity_date AS d
  FROM fact_user_daily_activity
  WHERE date_trunc('month', activity_date) = '2024-06-01'
)
SELECT
  j.d AS activity_date,
  COUNT(DISTINCT a.user_id) FILTER (WHERE a.activity_date = j.d) AS dau,
  COUNT(DISTINCT a.user_id) AS mau,
  ROUND(COUNT(DISTINCT a.user_id) FILTER (WHERE a.activity_date = j.d) * 1.0 / COUNT(DISTINCT a.user_id), 3)
    AS dau_mau_ratio
FROM june_days j
LEFT JOIN fact_user_daily_activity a
  ON a.is_dau = 1
 AND a.activity_date >= date(j.d, '-29 days')
 AND a.activity_date <= j.d
GROUP BY j.d
ORDER BY 1;
