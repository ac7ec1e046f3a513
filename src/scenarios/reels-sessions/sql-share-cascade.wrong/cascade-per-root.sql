-- mistake: you measured each root share's tree on its own, but a video shared by several people independently has one cascade holding all their trees
-- hint: Group by original_video_id, not by the root share: all shares of the video count towards one cascade.
WITH RECURSIVE chain(root_id, share_id, original_video_id, depth) AS (
  SELECT share_id, share_id, original_video_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT c.root_id, s.share_id, s.original_video_id, c.depth + 1
  FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
)
SELECT original_video_id, COUNT(*) AS cascade_size, MAX(depth) AS max_depth
FROM chain
GROUP BY root_id, original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
