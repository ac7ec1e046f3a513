-- mistake: your cascade_size counts distinct sharing users, but one user can share the same video more than once
-- hint: Count shares (rows), not people.
WITH RECURSIVE chain(share_id, original_video_id, sharing_user_id, depth) AS (
  SELECT share_id, original_video_id, sharing_user_id, 1 FROM fact_share_chains WHERE parent_share_id IS NULL
  UNION ALL
  SELECT s.share_id, s.original_video_id, s.sharing_user_id, c.depth + 1
  FROM fact_share_chains s JOIN chain c ON s.parent_share_id = c.share_id
)
SELECT original_video_id, COUNT(DISTINCT sharing_user_id) AS cascade_size, MAX(depth) AS max_depth
FROM chain
GROUP BY original_video_id
ORDER BY cascade_size DESC, original_video_id
LIMIT 10;
