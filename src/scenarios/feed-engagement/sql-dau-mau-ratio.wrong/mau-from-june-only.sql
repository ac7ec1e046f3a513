-- mistake: you filter the activity to June before building the 30-day windows, so early-June MAU misses everyone last active in May
-- hint: The window for 2024-06-01 runs from 2024-05-03; the rows you read for MAU must reach back that far.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
),
daily AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_daily_activity
  WHERE is_dau = 1 AND activity_date BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY activity_date
),
monthly AS (
  SELECT c.d AS activity_date, COUNT(DISTINCT a.user_id) AS mau
  FROM calendar c
  JOIN fact_user_daily_activity a ON a.activity_date BETWEEN date(c.d, '-29 days') AND c.d
  WHERE a.is_dau = 1 AND a.activity_date >= '2024-06-01'
  GROUP BY c.d
)
SELECT d.activity_date, d.dau, m.mau, ROUND(d.dau * 1.0 / m.mau, 3) AS dau_mau_ratio
FROM daily d JOIN monthly m USING (activity_date)
ORDER BY d.activity_date;
