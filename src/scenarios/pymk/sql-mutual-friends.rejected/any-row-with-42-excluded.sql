-- Excludes everyone with any row with 42 (pending requests and follows too), not only friends and blocks.
WITH friends AS (
  SELECT user_id_from AS a, user_id_to AS b
  FROM fact_user_relationships
  WHERE relationship_type = 'friend' AND status = 'active'
  UNION ALL
  SELECT user_id_to, user_id_from
  FROM fact_user_relationships
  WHERE relationship_type = 'friend' AND status = 'active'
)
SELECT f2.b AS candidate_user_id, COUNT(DISTINCT f1.b) AS mutual_friends
FROM friends f1
JOIN friends f2 ON f2.a = f1.b
WHERE f1.a = 42
  AND f2.b <> 42
  AND f2.b NOT IN (SELECT b FROM friends WHERE a = 42)
  AND f2.b NOT IN (
    SELECT user_id_to FROM fact_user_relationships WHERE user_id_from = 42
    UNION
    SELECT user_id_from FROM fact_user_relationships WHERE user_id_to = 42
  )
GROUP BY f2.b
ORDER BY mutual_friends DESC, candidate_user_id
LIMIT 10;
