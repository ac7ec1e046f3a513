-- Self-join of active user-days on a julianday distance, no calendar.
SELECT
  today.activity_date,
  COUNT(DISTINCT CASE WHEN past.activity_date = today.activity_date THEN past.user_id END) AS dau,
  COUNT(DISTINCT past.user_id) AS mau,
  ROUND(1.0 * COUNT(DISTINCT CASE WHEN past.activity_date = today.activity_date THEN past.user_id END)
        / COUNT(DISTINCT past.user_id), 3) AS dau_mau_ratio
FROM (SELECT DISTINCT activity_date FROM fact_user_daily_activity
      WHERE strftime('%Y-%m', activity_date) = '2024-06') AS today
JOIN fact_user_daily_activity AS past
  ON past.is_dau = 1
 AND julianday(today.activity_date) - julianday(past.activity_date) BETWEEN 0 AND 29
GROUP BY today.activity_date
ORDER BY today.activity_date;
