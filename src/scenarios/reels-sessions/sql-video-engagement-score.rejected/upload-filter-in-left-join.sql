-- The upload filter sits in a LEFT JOIN's ON clause, so older videos stay (with NULL details).
WITH scored AS (
  SELECT e.video_id, v.creator_id, v.video_duration_seconds, v.video_category,
         SUM(CASE e.event_type WHEN 'view_start' THEN 1 WHEN 'like' THEN 3 WHEN 'share' THEN 5
                               WHEN 'comment' THEN 7 ELSE 0 END) AS engagement_score,
         SUM(e.event_type = 'view_start') AS view_count
  FROM fact_reels_events e
  LEFT JOIN dim_videos v ON v.video_id = e.video_id AND v.upload_timestamp >= '2024-06-01'
  WHERE e.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY 1, 2, 3, 4
  HAVING SUM(e.event_type = 'view_start') >= 50
)
SELECT video_id, creator_id, video_duration_seconds, video_category, engagement_score, view_count,
       RANK() OVER (ORDER BY engagement_score DESC) AS engagement_rank
FROM scored
ORDER BY engagement_score DESC, video_id
LIMIT 20;
