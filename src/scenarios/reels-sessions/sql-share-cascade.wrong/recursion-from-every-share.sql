-- mistake: your recursion starts from every share, not only the roots, so each share is counted once per ancestor and the cascades look far bigger
-- hint: Seed the recursive CTE with the roots only (parent_share_id IS NULL).
WITH RECURSIVE chain(share_id, original_video_id, depth) AS (
  SELECT share_id, original_video_id, 1 FROM fact_share_chains
  UNION ALL
  SELECT s.share_id, s.original_video_id, c.depth + 1
  FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
)
SELECT original_video_id, COUNT(*) AS cascade_size, MAX(depth) AS max_depth
FROM chain
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
