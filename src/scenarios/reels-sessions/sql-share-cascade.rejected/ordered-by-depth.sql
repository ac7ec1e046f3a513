WITH RECURSIVE chain(share_id, original_video_id, depth) AS (
  SELECT share_id, original_video_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, c.depth + 1 FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
)
SELECT original_video_id, COUNT(*) AS cascade_size, MAX(depth) AS max_depth
FROM chain GROUP BY 1
ORDER BY max_depth DESC, cascade_size DESC, original_video_id
LIMIT 10;
