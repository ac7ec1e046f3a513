-- Window function for the cut, LEFT JOIN anti-joins for the exclusions.
WITH edges AS (
  SELECT user_id_from AS u, user_id_to AS v, relationship_type AS t, status AS st FROM fact_user_relationships
  UNION ALL
  SELECT user_id_to, user_id_from, relationship_type, status FROM fact_user_relationships
),
friend_edges AS (SELECT u, v FROM edges WHERE t = 'friend' AND st = 'active'),
excluded AS (
  SELECT v AS user_id FROM edges WHERE u = 42 AND ((t = 'friend' AND st = 'active') OR st = 'blocked')
  UNION SELECT 42
),
counted AS (
  SELECT two.v AS candidate_user_id, COUNT(DISTINCT one.v) AS mutual_friends
  FROM friend_edges AS one
  JOIN friend_edges AS two ON two.u = one.v
  LEFT JOIN excluded AS e ON e.user_id = two.v
  WHERE one.u = 42 AND e.user_id IS NULL
  GROUP BY two.v
),
ranked AS (
  SELECT candidate_user_id, mutual_friends,
         ROW_NUMBER() OVER (ORDER BY mutual_friends DESC, candidate_user_id) AS position
  FROM counted
)
SELECT candidate_user_id, mutual_friends
FROM ranked
WHERE position <= 10
ORDER BY position;
