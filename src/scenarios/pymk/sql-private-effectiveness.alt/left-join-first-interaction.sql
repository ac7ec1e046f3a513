-- Earliest engaging interaction per accepted suggestion via LEFT JOIN + GROUP BY, julianday window.
WITH june AS (
  SELECT * FROM fact_pymk_suggestions
  WHERE date_partition >= '2024-06-01' AND date_partition < '2024-07-01'
),
first_touch AS (
  SELECT j.suggestion_id, MIN(i.interaction_timestamp) AS first_ts
  FROM june AS j
  JOIN fact_user_interactions AS i
    ON i.user_id_from IN (j.target_user_id, j.suggested_user_id)
   AND i.user_id_to IN (j.target_user_id, j.suggested_user_id)
   AND i.user_id_from <> i.user_id_to
   AND i.interaction_type IN ('like', 'comment', 'message')
   AND i.interaction_timestamp >= j.outcome_timestamp
  WHERE j.was_accepted = 1
  GROUP BY j.suggestion_id
),
per_suggestion AS (
  SELECT
    CASE (SELECT is_private_account FROM dim_user_privacy WHERE user_id = j.suggested_user_id)
      WHEN 1 THEN 'private' ELSE 'public' END AS account_type,
    CASE WHEN j.mutual_friends_count = 0 THEN '0'
         WHEN j.mutual_friends_count BETWEEN 1 AND 2 THEN '1-2'
         WHEN j.mutual_friends_count BETWEEN 3 AND 5 THEN '3-5'
         ELSE '6+' END AS mutual_bucket,
    j.was_requested AS requested,
    j.was_accepted AS accepted,
    CASE WHEN f.first_ts IS NOT NULL
          AND julianday(f.first_ts) - julianday(j.outcome_timestamp) <= 30 THEN 1 ELSE 0 END AS sustained
  FROM june AS j
  LEFT JOIN first_touch AS f ON f.suggestion_id = j.suggestion_id
)
SELECT account_type, mutual_bucket, COUNT(*) AS total_suggestions,
  ROUND(SUM(requested) * 100.0 / COUNT(*), 2) AS request_rate_pct,
  ROUND(SUM(accepted) * 100.0 / NULLIF(SUM(requested), 0), 2) AS acceptance_rate_pct,
  ROUND(SUM(sustained) * 100.0 / NULLIF(SUM(accepted), 0), 2) AS sustained_engagement_pct,
  ROUND(SUM(sustained) * 100.0 / COUNT(*), 2) AS suggestion_to_connection_pct
FROM per_suggestion
GROUP BY account_type, mutual_bucket
ORDER BY 1, 2;
