-- Both directions of the interactions as one CTE; FILTER clauses; date_trunc for June.
WITH engaging AS (
  SELECT user_id_from AS a, user_id_to AS b, interaction_timestamp AS ts
  FROM fact_user_interactions WHERE interaction_type <> 'view'
  UNION ALL
  SELECT user_id_to, user_id_from, interaction_timestamp
  FROM fact_user_interactions WHERE interaction_type <> 'view'
),
flags AS (
  SELECT
    IIF(COALESCE(p.is_private_account, 0) = 1, 'private', 'public') AS account_type,
    CASE
      WHEN s.mutual_friends_count >= 6 THEN '6+'
      WHEN s.mutual_friends_count >= 3 THEN '3-5'
      WHEN s.mutual_friends_count >= 1 THEN '1-2'
      ELSE '0'
    END AS mutual_bucket,
    s.was_requested,
    s.was_accepted,
    s.was_accepted = 1 AND EXISTS (
      SELECT 1 FROM engaging AS e
      WHERE e.a = s.target_user_id AND e.b = s.suggested_user_id
        AND e.ts >= s.outcome_timestamp AND e.ts <= datetime(s.outcome_timestamp, '+30 days')
    ) AS sustained
  FROM fact_pymk_suggestions AS s
  LEFT JOIN dim_user_privacy AS p ON p.user_id = s.suggested_user_id
  WHERE date_trunc('month', s.date_partition) = '2024-06-01'
)
SELECT
  account_type,
  mutual_bucket,
  COUNT(*) AS total_suggestions,
  ROUND(100.0 * COUNT(*) FILTER (WHERE was_requested = 1) / COUNT(*), 2) AS request_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE was_accepted = 1) / NULLIF(COUNT(*) FILTER (WHERE was_requested = 1), 0), 2) AS acceptance_rate_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE sustained) / NULLIF(COUNT(*) FILTER (WHERE was_accepted = 1), 0), 2) AS sustained_engagement_pct,
  ROUND(100.0 * COUNT(*) FILTER (WHERE sustained) / COUNT(*), 2) AS suggestion_to_connection_pct
FROM flags
GROUP BY account_type, mutual_bucket
ORDER BY account_type, mutual_bucket;
