WITH june AS (
  SELECT
    s.target_user_id,
    s.suggested_user_id,
    s.was_requested,
    s.was_accepted,
    s.outcome_timestamp,
    -- Suggested users with no privacy row have the default settings: public.
    CASE WHEN p.is_private_account = 1 THEN 'private' ELSE 'public' END AS account_type,
    CASE
      WHEN s.mutual_friends_count = 0 THEN '0'
      WHEN s.mutual_friends_count <= 2 THEN '1-2'
      WHEN s.mutual_friends_count <= 5 THEN '3-5'
      ELSE '6+'
    END AS mutual_bucket
  FROM fact_pymk_suggestions AS s
  LEFT JOIN dim_user_privacy AS p ON p.user_id = s.suggested_user_id
  WHERE s.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
),
outcomes AS (
  SELECT
    account_type,
    mutual_bucket,
    was_requested,
    was_accepted,
    -- Sustained: accepted, then a like, comment or message between the two users, either
    -- way, within 30 days of the acceptance (both ends included). Each direction is its
    -- own EXISTS so both use the (user_id_from, user_id_to, interaction_timestamp) index.
    was_accepted = 1 AND (
      EXISTS (
        SELECT 1 FROM fact_user_interactions AS i
        WHERE i.user_id_from = j.target_user_id AND i.user_id_to = j.suggested_user_id
          AND i.interaction_timestamp BETWEEN j.outcome_timestamp AND datetime(j.outcome_timestamp, '+30 days')
          AND i.interaction_type IN ('like', 'comment', 'message')
      )
      OR EXISTS (
        SELECT 1 FROM fact_user_interactions AS i
        WHERE i.user_id_from = j.suggested_user_id AND i.user_id_to = j.target_user_id
          AND i.interaction_timestamp BETWEEN j.outcome_timestamp AND datetime(j.outcome_timestamp, '+30 days')
          AND i.interaction_type IN ('like', 'comment', 'message')
      )
    ) AS sustained
  FROM june AS j
),
totals AS (
  SELECT
    account_type,
    mutual_bucket,
    COUNT(*) AS total_suggestions,
    SUM(was_requested) AS requested,
    SUM(was_accepted) AS accepted,
    SUM(sustained) AS sustained
  FROM outcomes
  GROUP BY account_type, mutual_bucket
)
SELECT
  account_type,
  mutual_bucket,
  total_suggestions,
  ROUND(100.0 * requested / total_suggestions, 2) AS request_rate_pct,
  ROUND(100.0 * accepted / NULLIF(requested, 0), 2) AS acceptance_rate_pct,
  ROUND(100.0 * sustained / NULLIF(accepted, 0), 2) AS sustained_engagement_pct,
  ROUND(100.0 * sustained / total_suggestions, 2) AS suggestion_to_connection_pct
FROM totals
ORDER BY account_type, mutual_bucket;
