-- Rounds the ratio to 2 places instead of 3.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
)
SELECT
  c.d AS activity_date,
  COUNT(DISTINCT CASE WHEN a.activity_date = c.d THEN a.user_id END) AS dau,
  COUNT(DISTINCT a.user_id) AS mau,
  ROUND(COUNT(DISTINCT CASE WHEN a.activity_date = c.d THEN a.user_id END) * 1.0 / COUNT(DISTINCT a.user_id), 2)
    AS dau_mau_ratio
FROM calendar c
JOIN fact_user_daily_activity a
  ON a.is_dau = 1 AND a.activity_date BETWEEN date(c.d, '-29 days') AND c.d
GROUP BY c.d
ORDER BY c.d;
