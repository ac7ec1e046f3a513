-- One correlated subquery per month: distinct (user, day) pairs are the summed daily DAU.
SELECT platform_type, ROUND(may, 1) AS may_avg_dau, ROUND(june, 1) AS june_avg_dau,
       ROUND(100.0 * (june - may) / may, 2) AS change_pct
FROM (
  SELECT p.platform_type,
    (SELECT COUNT(DISTINCT s.user_id || '@' || s.date_partition) FROM fact_user_sessions s
      WHERE s.platform_type = p.platform_type AND s.date_partition BETWEEN '2024-05-01' AND '2024-05-31') * 1.0 / 31
      AS may,
    (SELECT COUNT(DISTINCT s.user_id || '@' || s.date_partition) FROM fact_user_sessions s
      WHERE s.platform_type = p.platform_type AND s.date_partition BETWEEN '2024-06-01' AND '2024-06-30') * 1.0 / 30
      AS june
  FROM (SELECT DISTINCT platform_type FROM fact_user_sessions
        WHERE date_partition BETWEEN '2024-05-01' AND '2024-06-30') AS p
)
ORDER BY change_pct;
