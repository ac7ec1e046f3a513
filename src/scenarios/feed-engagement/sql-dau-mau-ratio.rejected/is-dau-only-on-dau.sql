-- Filters is_dau = 1 for DAU but forgets it in the MAU window.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
)
SELECT
  c.d AS activity_date,
  COUNT(DISTINCT CASE WHEN a.activity_date = c.d AND a.is_dau = 1 THEN a.user_id END) AS dau,
  COUNT(DISTINCT a.user_id) AS mau,
  ROUND(COUNT(DISTINCT CASE WHEN a.activity_date = c.d AND a.is_dau = 1 THEN a.user_id END) * 1.0
        / COUNT(DISTINCT a.user_id), 3) AS dau_mau_ratio
FROM calendar c
JOIN fact_user_daily_activity a ON a.activity_date BETWEEN date(c.d, '-29 days') AND c.d
GROUP BY c.d
ORDER BY c.d;
