-- Sizes need no recursion; depths come from a top-down walk, joined afterwards.
WITH RECURSIVE sizes AS (
  SELECT original_video_id, COUNT(*) AS cascade_size
  FROM fact_share_chains
  GROUP BY original_video_id
),
walk(share_id, level) AS (
  SELECT share_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT child.share_id, walk.level + 1
  FROM walk JOIN fact_share_chains child ON child.parent_share_id = walk.share_id
),
depths AS (
  SELECT s.original_video_id, MAX(w.level) AS max_depth
  FROM walk w JOIN fact_share_chains s ON s.share_id = w.share_id
  GROUP BY s.original_video_id
)
SELECT sizes.original_video_id, sizes.cascade_size, depths.max_depth
FROM sizes JOIN depths USING (original_video_id)
ORDER BY sizes.cascade_size DESC, sizes.original_video_id
LIMIT 10;
