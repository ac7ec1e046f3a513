-- mistake: you filter the activity to June before building the 30-day windows, so early-June MAU misses everyone last active in May
-- hint: The window for 2024-06-01 runs from 2024-05-03; the rows you read for MAU must reach back that far.
WITH june_activity AS (
  SELECT user_id, activity_date
  FROM fact_user_daily_activity
  WHERE is_dau = 1 AND activity_date BETWEEN '2024-06-01' AND '2024-06-30'
),
daily AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM june_activity
  GROUP BY activity_date
)
SELECT
  d.activity_date,
  d.dau,
  COUNT(DISTINCT j.user_id) AS mau,
  ROUND(d.dau * 1.0 / COUNT(DISTINCT j.user_id), 3) AS dau_mau_ratio
FROM daily d
JOIN june_activity j ON j.activity_date BETWEEN date(d.activity_date, '-29 days') AND d.activity_date
GROUP BY d.activity_date, d.dau
ORDER BY d.activity_date;
