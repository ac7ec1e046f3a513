-- Size from the pre-computed 24-hour re-share counts plus the roots: misses later re-shares.
WITH RECURSIVE chain(share_id, original_video_id, depth) AS (
  SELECT share_id, original_video_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, c.depth + 1 FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
),
depths AS (SELECT original_video_id, MAX(depth) AS max_depth FROM chain GROUP BY 1)
SELECT f.original_video_id,
       SUM(f.subsequent_shares_24h) + SUM(f.parent_share_id IS NULL) AS cascade_size,
       d.max_depth
FROM fact_share_chains f JOIN depths d USING (original_video_id)
GROUP BY f.original_video_id
ORDER BY cascade_size DESC, f.original_video_id
LIMIT 10;
