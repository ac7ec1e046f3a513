-- The last 30 days up to today, each row filled by correlated subqueries.
WITH RECURSIVE days(d) AS (
  SELECT date(CURRENT_DATE, '-29 days')
  UNION ALL
  SELECT date(d, '+1 day') FROM days WHERE d < date(CURRENT_DATE)
),
counts AS (
  SELECT
    d,
    (SELECT COUNT(*) FROM fact_user_daily_activity f WHERE f.activity_date = days.d AND f.is_dau = 1) AS dau,
    (SELECT COUNT(DISTINCT f.user_id) FROM fact_user_daily_activity f
      WHERE f.is_dau = 1 AND f.activity_date > date(days.d, '-30 days') AND f.activity_date <= days.d) AS mau
  FROM days
)
SELECT d AS activity_date, dau, mau, ROUND(CAST(dau AS REAL) / mau, 3) AS dau_mau_ratio
FROM counts
ORDER BY d;
