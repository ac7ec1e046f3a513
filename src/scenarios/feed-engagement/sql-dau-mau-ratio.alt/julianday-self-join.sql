-- Self-join of active user-days on a julianday distance, no calendar.
WITH june_days AS MATERIALIZED (
  SELECT DISTINCT activity_date FROM fact_user_daily_activity
  WHERE strftime('%Y-%m', activity_date) = '2024-06'
),
recent AS MATERIALIZED (
  SELECT user_id, activity_date, julianday(activity_date) AS jd
  FROM fact_user_daily_activity
  WHERE is_dau = 1 AND activity_date >= '2024-05-01'
)
SELECT
  today.activity_date,
  COUNT(DISTINCT CASE WHEN past.activity_date = today.activity_date THEN past.user_id END) AS dau,
  COUNT(DISTINCT past.user_id) AS mau,
  ROUND(1.0 * COUNT(DISTINCT CASE WHEN past.activity_date = today.activity_date THEN past.user_id END)
        / COUNT(DISTINCT past.user_id), 3) AS dau_mau_ratio
FROM june_days AS today
JOIN recent AS past
  ON julianday(today.activity_date) - past.jd BETWEEN 0 AND 29
GROUP BY today.activity_date
ORDER BY today.activity_date;
