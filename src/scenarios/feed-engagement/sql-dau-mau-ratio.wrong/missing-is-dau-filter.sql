-- mistake: you count every row of fact_user_daily_activity as activity, but rows with is_dau = 0 are days the user was not active
-- hint: Keep only the rows with is_dau = 1, for DAU and for MAU.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
),
daily AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_daily_activity
  WHERE activity_date BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY activity_date
),
monthly AS (
  SELECT c.d AS activity_date, COUNT(DISTINCT a.user_id) AS mau
  FROM calendar c
  JOIN fact_user_daily_activity a ON a.activity_date BETWEEN date(c.d, '-29 days') AND c.d
  GROUP BY c.d
)
SELECT d.activity_date, d.dau, m.mau, ROUND(d.dau * 1.0 / m.mau, 3) AS dau_mau_ratio
FROM daily d JOIN monthly m USING (activity_date)
ORDER BY d.activity_date;
