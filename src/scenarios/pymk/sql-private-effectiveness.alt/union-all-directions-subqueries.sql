-- No CTE: the sustained flag counts matching interactions in each direction with scalar subqueries.
SELECT account_type, mutual_bucket, total_suggestions,
  ROUND(100.0 * requested / total_suggestions, 2) AS request_rate_pct,
  CASE WHEN requested > 0 THEN ROUND(100.0 * accepted / requested, 2) END AS acceptance_rate_pct,
  CASE WHEN accepted > 0 THEN ROUND(100.0 * sustained / accepted, 2) END AS sustained_engagement_pct,
  ROUND(100.0 * sustained / total_suggestions, 2) AS suggestion_to_connection_pct
FROM (
  SELECT account_type, mutual_bucket, COUNT(*) AS total_suggestions,
         SUM(was_requested) AS requested, SUM(was_accepted) AS accepted,
         SUM(CASE WHEN was_accepted = 1 AND touches > 0 THEN 1 ELSE 0 END) AS sustained
  FROM (
    SELECT
      CASE WHEN s.suggested_user_id IN (SELECT user_id FROM dim_user_privacy WHERE is_private_account = 1)
           THEN 'private' ELSE 'public' END AS account_type,
      CASE WHEN s.mutual_friends_count < 1 THEN '0' WHEN s.mutual_friends_count < 3 THEN '1-2'
           WHEN s.mutual_friends_count < 6 THEN '3-5' ELSE '6+' END AS mutual_bucket,
      s.was_requested, s.was_accepted,
      (SELECT COUNT(*) FROM (
         SELECT interaction_timestamp AS ts, interaction_type AS t FROM fact_user_interactions
         WHERE user_id_from = s.target_user_id AND user_id_to = s.suggested_user_id
         UNION ALL
         SELECT interaction_timestamp, interaction_type FROM fact_user_interactions
         WHERE user_id_from = s.suggested_user_id AND user_id_to = s.target_user_id
       ) AS both_ways
       WHERE t IN ('like', 'comment', 'message')
         AND ts BETWEEN s.outcome_timestamp AND datetime(s.outcome_timestamp, '+30 days')) AS touches
    FROM fact_pymk_suggestions AS s
    WHERE strftime('%Y-%m', s.date_partition) = '2024-06'
  ) AS per_suggestion
  GROUP BY account_type, mutual_bucket
) AS grouped
ORDER BY account_type, mutual_bucket;
