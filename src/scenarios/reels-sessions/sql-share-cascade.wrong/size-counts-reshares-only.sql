-- mistake: your cascade_size counts only re-shares (shares with a parent); root shares are shares too
-- hint: cascade_size is the number of all shares of the video, roots included.
WITH RECURSIVE chain(share_id, original_video_id, parent_share_id, depth) AS (
  SELECT share_id, original_video_id, parent_share_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, s.parent_share_id, c.depth + 1
  FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
)
SELECT original_video_id, COUNT(parent_share_id) AS cascade_size, MAX(depth) AS max_depth
FROM chain
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
