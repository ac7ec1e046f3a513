-- Top-down with the path written out; the depth is the number of shares on the path.
WITH RECURSIVE paths(share_id, video, path) AS (
  SELECT share_id, original_video_id, share_id FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, p.path || '>' || s.share_id
  FROM paths p JOIN fact_share_chains s ON s.parent_share_id = p.share_id
)
SELECT video AS original_video_id,
       COUNT(*) AS cascade_size,
       MAX(LENGTH(path) - LENGTH(REPLACE(path, '>', '')) + 1) AS max_depth
FROM paths
GROUP BY video
ORDER BY COUNT(*) DESC, video ASC
LIMIT 10;
