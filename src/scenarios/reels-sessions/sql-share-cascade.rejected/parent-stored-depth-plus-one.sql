-- Depth as the parent's stored share_depth + 1: still trusts the column, one level up.
SELECT s.original_video_id, COUNT(*) AS cascade_size,
       MAX(CASE WHEN p.share_id IS NULL THEN 1 ELSE p.share_depth + 1 END) AS max_depth
FROM fact_share_chains s
LEFT JOIN fact_share_chains p ON p.share_id = s.parent_share_id
GROUP BY s.original_video_id
ORDER BY cascade_size DESC, s.original_video_id
LIMIT 10;
