-- Bottom-up: climb from every share to its root, one parent at a time (primary-key lookups);
-- a share's depth is the number of steps it took.
WITH RECURSIVE climb(share_id, original_video_id, next_parent, depth) AS (
  SELECT share_id, original_video_id, parent_share_id, 1 FROM fact_share_chains
  UNION ALL
  SELECT c.share_id, c.original_video_id, p.parent_share_id, c.depth + 1
  FROM climb c
  JOIN fact_share_chains p ON p.share_id = c.next_parent
)
SELECT original_video_id, COUNT(DISTINCT share_id) AS cascade_size, MAX(depth) AS max_depth
FROM climb
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
