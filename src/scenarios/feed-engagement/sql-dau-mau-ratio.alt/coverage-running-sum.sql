-- Each active day keeps its user "monthly active" until the next active day or 30 days, whichever
-- comes first; those stretches never overlap per user, so MAU on D = stretches covering D,
-- counted with a running sum of +1 / -1 events.
WITH active AS (
  SELECT user_id, activity_date AS d,
         LEAD(activity_date) OVER (PARTITION BY user_id ORDER BY activity_date) AS next_d
  FROM fact_user_daily_activity
  WHERE is_dau = 1 AND activity_date BETWEEN '2024-05-03' AND '2024-06-30'
),
stretches AS (
  SELECT d AS first_day,
         MIN(COALESCE(next_d, '9999-12-31'), date(d, '+30 days')) AS end_exclusive
  FROM active
),
events AS (
  SELECT first_day AS day, 1 AS delta FROM stretches
  UNION ALL
  SELECT end_exclusive, -1 FROM stretches
),
running AS (
  SELECT day, SUM(SUM(delta)) OVER (ORDER BY day) AS mau
  FROM events
  GROUP BY day
)
SELECT r.day AS activity_date,
       (SELECT COUNT(*) FROM active a WHERE a.d = r.day) AS dau,
       r.mau,
       ROUND((SELECT COUNT(*) FROM active a WHERE a.d = r.day) * 1.0 / r.mau, 3) AS dau_mau_ratio
FROM running r
WHERE r.day BETWEEN '2024-06-01' AND '2024-06-30'
ORDER BY r.day;
