-- 42's friends: active friend rows with 42 on either side (each friendship is stored once).
WITH my_friends AS (
  SELECT CASE WHEN user_id_from = 42 THEN user_id_to ELSE user_id_from END AS friend_id
  FROM fact_user_relationships
  WHERE (user_id_from = 42 OR user_id_to = 42)
    AND relationship_type = 'friend' AND status = 'active'
),
-- One step further, again in both directions: (friend of 42, friend of that friend).
friends_of_friends AS (
  SELECT m.friend_id, r.user_id_to AS candidate_user_id
  FROM my_friends AS m
  JOIN fact_user_relationships AS r ON r.user_id_from = m.friend_id
  WHERE r.relationship_type = 'friend' AND r.status = 'active'
  UNION ALL
  SELECT m.friend_id, r.user_id_from
  FROM my_friends AS m
  JOIN fact_user_relationships AS r ON r.user_id_to = m.friend_id
  WHERE r.relationship_type = 'friend' AND r.status = 'active'
),
-- Anyone in a blocked row with 42, whoever blocked whom and whatever the row's type.
blocked AS (
  SELECT CASE WHEN user_id_from = 42 THEN user_id_to ELSE user_id_from END AS user_id
  FROM fact_user_relationships
  WHERE (user_id_from = 42 OR user_id_to = 42) AND status = 'blocked'
)
SELECT
  candidate_user_id,
  COUNT(DISTINCT friend_id) AS mutual_friends
FROM friends_of_friends
WHERE candidate_user_id <> 42
  AND candidate_user_id NOT IN (SELECT friend_id FROM my_friends)
  AND candidate_user_id NOT IN (SELECT user_id FROM blocked)
GROUP BY candidate_user_id
ORDER BY mutual_friends DESC, candidate_user_id
LIMIT 10;
