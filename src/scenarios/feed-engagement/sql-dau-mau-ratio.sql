-- One row per day of June 2024; MAU looks back over the 30 days ending on that day.
WITH RECURSIVE calendar(activity_date) AS (
  SELECT '2024-06-01'
  UNION ALL
  SELECT date(activity_date, '+1 day') FROM calendar WHERE activity_date < '2024-06-30'
),
daily AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_daily_activity
  WHERE is_dau = 1
    AND activity_date BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY activity_date
),
monthly AS (
  -- A range join on the indexed activity_date: each day reads only its own 30-day window.
  SELECT c.activity_date, COUNT(DISTINCT a.user_id) AS mau
  FROM calendar AS c
  JOIN fact_user_daily_activity AS a
    ON a.activity_date BETWEEN date(c.activity_date, '-29 days') AND c.activity_date
  WHERE a.is_dau = 1
  GROUP BY c.activity_date
)
SELECT
  d.activity_date,
  d.dau,
  m.mau,
  ROUND(d.dau * 1.0 / m.mau, 3) AS dau_mau_ratio
FROM daily AS d
JOIN monthly AS m ON m.activity_date = d.activity_date
ORDER BY d.activity_date;
