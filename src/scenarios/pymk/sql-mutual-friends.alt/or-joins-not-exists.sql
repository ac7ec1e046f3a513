-- No UNION: OR joins pick up either direction, NOT EXISTS removes friends and blocks.
SELECT
  CASE WHEN r2.user_id_from = f.friend_id THEN r2.user_id_to ELSE r2.user_id_from END AS candidate_user_id,
  COUNT(DISTINCT f.friend_id) AS mutual_friends
FROM (
  SELECT CASE WHEN user_id_from = 42 THEN user_id_to ELSE user_id_from END AS friend_id
  FROM fact_user_relationships
  WHERE (user_id_from = 42 OR user_id_to = 42) AND relationship_type = 'friend' AND status = 'active'
) AS f
JOIN fact_user_relationships AS r2
  ON (r2.user_id_from = f.friend_id OR r2.user_id_to = f.friend_id)
 AND r2.relationship_type = 'friend' AND r2.status = 'active'
WHERE (CASE WHEN r2.user_id_from = f.friend_id THEN r2.user_id_to ELSE r2.user_id_from END) <> 42
  AND NOT EXISTS (
    SELECT 1 FROM fact_user_relationships AS x
    WHERE ((x.user_id_from = 42 AND x.user_id_to = (CASE WHEN r2.user_id_from = f.friend_id THEN r2.user_id_to ELSE r2.user_id_from END))
        OR (x.user_id_to = 42 AND x.user_id_from = (CASE WHEN r2.user_id_from = f.friend_id THEN r2.user_id_to ELSE r2.user_id_from END)))
      AND ((x.relationship_type = 'friend' AND x.status = 'active') OR x.status = 'blocked')
  )
GROUP BY candidate_user_id
ORDER BY mutual_friends DESC, candidate_user_id ASC
LIMIT 10;
