-- mistake: your MAU counts user-days, not distinct users: someone active on 20 days of the window counts 20 times
-- hint: A user belongs to the monthly actives once, however many active days they had in the window.
WITH RECURSIVE calendar(d) AS (
  SELECT '2024-06-01' UNION ALL SELECT date(d, '+1 day') FROM calendar WHERE d < '2024-06-30'
)
SELECT
  c.d AS activity_date,
  (SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE activity_date = c.d AND is_dau = 1) AS dau,
  COUNT(a.user_id) AS mau,
  ROUND((SELECT COUNT(DISTINCT user_id) FROM fact_user_daily_activity WHERE activity_date = c.d AND is_dau = 1) * 1.0
        / COUNT(a.user_id), 3) AS dau_mau_ratio
FROM calendar c
JOIN fact_user_daily_activity a
  ON a.activity_date BETWEEN date(c.d, '-29 days') AND c.d AND a.is_dau = 1
GROUP BY c.d
ORDER BY c.d;
