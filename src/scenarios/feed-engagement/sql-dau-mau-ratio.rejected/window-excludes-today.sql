-- MAU over the 30 days before D, leaving D itself out.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
)
SELECT
  c.d AS activity_date,
  (SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE is_dau = 1 AND activity_date = c.d) AS dau,
  COUNT(DISTINCT a.user_id) AS mau,
  ROUND((SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE is_dau = 1 AND activity_date = c.d) * 1.0
        / COUNT(DISTINCT a.user_id), 3) AS dau_mau_ratio
FROM calendar c
JOIN fact_user_daily_activity a
  ON a.is_dau = 1 AND a.activity_date >= date(c.d, '-30 days') AND a.activity_date < c.d
GROUP BY c.d
ORDER BY c.d;
