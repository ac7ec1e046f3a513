-- mistake: you looked only one link up (root or not), so no chain is deeper than 2
-- hint: Chains go many re-shares deep: follow the parent links all the way with WITH RECURSIVE.
SELECT s.original_video_id, COUNT(*) AS cascade_size,
       MAX(CASE WHEN p.share_id IS NULL THEN 1 ELSE 2 END) AS max_depth
FROM fact_share_chains s
LEFT JOIN fact_share_chains p ON p.share_id = s.parent_share_id
GROUP BY s.original_video_id
ORDER BY cascade_size DESC, s.original_video_id
LIMIT 10;
