WITH RECURSIVE calendar(activity_date, window_start) AS (
  -- Each day of June 2024 with the first day of its 30-day window (the day minus 29 days).
  SELECT '2024-06-01', date('2024-06-01', '-29 days')
  UNION ALL
  SELECT date(activity_date, '+1 day'), date(window_start, '+1 day')
  FROM calendar
  WHERE activity_date < '2024-06-30'
),
daily AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_daily_activity
  WHERE is_dau = 1
    AND activity_date BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY activity_date
),
-- Only users active at some point from 2024-05-03 (the first window's start) can count
-- towards a June MAU; listing them first keeps the next step small.
candidates AS MATERIALIZED (
  SELECT DISTINCT user_id
  FROM fact_user_daily_activity
  WHERE is_dau = 1
    AND activity_date BETWEEN '2024-05-03' AND '2024-06-30'
),
monthly AS (
  -- A user is monthly active on a day when they have an active day inside its window.
  -- Each EXISTS is one seek on the (user_id, activity_date) primary key, which is much
  -- cheaper in sql.js than joining every window's rows and de-duplicating them.
  SELECT c.activity_date, COUNT(*) AS mau
  FROM calendar AS c
  CROSS JOIN candidates AS u
  WHERE EXISTS (
    SELECT 1 FROM fact_user_daily_activity AS a
    WHERE a.user_id = u.user_id
      AND a.activity_date BETWEEN c.window_start AND c.activity_date
      AND a.is_dau = 1
  )
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
