-- Every user is tested: how many of 42's friends are also their friends? (correlated subqueries, no CTE)
SELECT candidate_user_id, mutual_friends
FROM (
  SELECT
    u.user_id AS candidate_user_id,
    (SELECT COUNT(*) FROM fact_user_relationships AS a
     JOIN fact_user_relationships AS b
       ON b.relationship_type = 'friend' AND b.status = 'active'
      AND ((b.user_id_from = u.user_id AND b.user_id_to = (CASE WHEN a.user_id_from = 42 THEN a.user_id_to ELSE a.user_id_from END))
        OR (b.user_id_to = u.user_id AND b.user_id_from = (CASE WHEN a.user_id_from = 42 THEN a.user_id_to ELSE a.user_id_from END)))
     WHERE a.relationship_type = 'friend' AND a.status = 'active'
       AND (a.user_id_from = 42 OR a.user_id_to = 42)) AS mutual_friends
  FROM dim_users AS u
  WHERE u.user_id <> 42
    AND NOT EXISTS (
      SELECT 1 FROM fact_user_relationships AS r
      WHERE ((r.user_id_from = 42 AND r.user_id_to = u.user_id) OR (r.user_id_to = 42 AND r.user_id_from = u.user_id))
        AND (r.status = 'blocked' OR (r.relationship_type = 'friend' AND r.status = 'active'))
    )
) AS t
WHERE mutual_friends > 0
ORDER BY mutual_friends DESC, candidate_user_id
LIMIT 10;
