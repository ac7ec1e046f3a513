-- Walk every share chain down from its root (depth 1), one parent link at a time through
-- the parent_share_id index; the stored share_depth is never read.
WITH RECURSIVE chain(share_id, original_video_id, depth) AS (
  SELECT share_id, original_video_id, 1
  FROM fact_share_chains
  WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, c.depth + 1
  FROM fact_share_chains AS s
  JOIN chain AS c ON s.parent_share_id = c.share_id
)
SELECT
  original_video_id,
  COUNT(*) AS cascade_size,
  MAX(depth) AS max_depth
FROM chain
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id ASC
LIMIT 10;
