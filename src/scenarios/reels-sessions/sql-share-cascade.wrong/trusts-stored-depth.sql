-- mistake: you took max_depth from the stored share_depth column, which older app versions wrote wrong
-- hint: Compute each share's depth from the parent links (a recursive CTE from the roots), not from share_depth.
SELECT original_video_id, COUNT(*) AS cascade_size, MAX(share_depth) AS max_depth
FROM fact_share_chains
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
