-- '3-5' runs up to 6.
WITH s AS (
  SELECT
    s.*,
    CASE WHEN p.is_private_account = 1 THEN 'private' ELSE 'public' END AS account_type,
    CASE
      WHEN s.mutual_friends_count = 0 THEN '0'
      WHEN s.mutual_friends_count <= 2 THEN '1-2'
      WHEN s.mutual_friends_count <= 6 THEN '3-5'
      ELSE '6+'
    END AS mutual_bucket,
    CASE WHEN s.was_accepted = 1 AND EXISTS (
      SELECT 1 FROM fact_user_interactions i
      WHERE ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
          OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id))
        AND i.interaction_type IN ('like', 'comment', 'message')
        AND i.interaction_timestamp BETWEEN s.outcome_timestamp AND datetime(s.outcome_timestamp, '+30 days')
    ) THEN 1 ELSE 0 END AS sustained
  FROM fact_pymk_suggestions s
  LEFT JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id
  WHERE s.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
)
SELECT
  account_type,
  mutual_bucket,
  COUNT(*) AS total_suggestions,
  ROUND(100.0 * SUM(was_requested) / COUNT(*), 2) AS request_rate_pct,
  ROUND(100.0 * SUM(was_accepted) / NULLIF(SUM(was_requested), 0), 2) AS acceptance_rate_pct,
  ROUND(100.0 * SUM(sustained) / NULLIF(SUM(was_accepted), 0), 2) AS sustained_engagement_pct,
  ROUND(100.0 * SUM(sustained) / COUNT(*), 2) AS suggestion_to_connection_pct
FROM s
GROUP BY account_type, mutual_bucket
ORDER BY account_type, mutual_bucket;
