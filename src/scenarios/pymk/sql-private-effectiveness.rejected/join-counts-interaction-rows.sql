-- Joins the interactions instead of testing EXISTS: a connection with several likes counts several times.
SELECT
  CASE WHEN p.is_private_account = 1 THEN 'private' ELSE 'public' END AS account_type,
  CASE WHEN s.mutual_friends_count = 0 THEN '0' WHEN s.mutual_friends_count <= 2 THEN '1-2'
       WHEN s.mutual_friends_count <= 5 THEN '3-5' ELSE '6+' END AS mutual_bucket,
  COUNT(DISTINCT s.suggestion_id) AS total_suggestions,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN s.was_requested = 1 THEN s.suggestion_id END) / COUNT(DISTINCT s.suggestion_id), 2) AS request_rate_pct,
  ROUND(100.0 * COUNT(DISTINCT CASE WHEN s.was_accepted = 1 THEN s.suggestion_id END)
        / NULLIF(COUNT(DISTINCT CASE WHEN s.was_requested = 1 THEN s.suggestion_id END), 0), 2) AS acceptance_rate_pct,
  ROUND(100.0 * COUNT(i.interaction_id) / NULLIF(COUNT(DISTINCT CASE WHEN s.was_accepted = 1 THEN s.suggestion_id END), 0), 2) AS sustained_engagement_pct,
  ROUND(100.0 * COUNT(i.interaction_id) / COUNT(DISTINCT s.suggestion_id), 2) AS suggestion_to_connection_pct
FROM fact_pymk_suggestions s
LEFT JOIN dim_user_privacy p ON p.user_id = s.suggested_user_id
LEFT JOIN fact_user_interactions i
  ON s.was_accepted = 1
 AND ((i.user_id_from = s.target_user_id AND i.user_id_to = s.suggested_user_id)
   OR (i.user_id_from = s.suggested_user_id AND i.user_id_to = s.target_user_id))
 AND i.interaction_type IN ('like', 'comment', 'message')
 AND i.interaction_timestamp BETWEEN s.outcome_timestamp AND datetime(s.outcome_timestamp, '+30 days')
WHERE s.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY 1, 2
ORDER BY 1, 2;
