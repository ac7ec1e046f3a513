-- mistake: your MAU window compares each day with itself, so MAU equals DAU and the ratio is always 1
-- hint: MAU for a day D needs the activity of the 30 days ending on D, so join the activity rows to D on a date range rather than on the same date.
WITH daily_active AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS dau
  FROM fact_user_daily_activity
  WHERE activity_date >= '2024-06-01' AND is_dau = 1
  GROUP BY activity_date
),
monthly_active AS (
  SELECT activity_date, COUNT(DISTINCT user_id) AS mau
  FROM fact_user_daily_activity
  WHERE activity_date BETWEEN date(activity_date, '-29 days') AND activity_date
    AND is_dau = 1
  GROUP BY activity_date
)
SELECT d.activity_date, d.dau, m.mau, ROUND(d.dau * 1.0 / m.mau, 3) AS dau_mau_ratio
FROM daily_active d
JOIN monthly_active m ON d.activity_date = m.activity_date
ORDER BY d.activity_date;
