-- The weights as a small VALUES table; months compared with strftime.
WITH weights(event_type, weight) AS (
  VALUES ('view_start', 1), ('like', 3), ('share', 5), ('comment', 7)
),
per_video AS (
  SELECT e.video_id,
         SUM(COALESCE(w.weight, 0)) AS engagement_score,
         SUM(CASE WHEN e.event_type = 'view_start' THEN 1 ELSE 0 END) AS view_count
  FROM fact_reels_events e
  LEFT JOIN weights w ON w.event_type = e.event_type
  WHERE strftime('%Y-%m', e.event_timestamp) = '2024-06'
  GROUP BY e.video_id
)
SELECT p.video_id, v.creator_id, v.video_duration_seconds, v.video_category,
       p.engagement_score, p.view_count,
       RANK() OVER (ORDER BY p.engagement_score DESC) AS engagement_rank
FROM per_video p
JOIN dim_videos v ON v.video_id = p.video_id
WHERE strftime('%Y-%m', v.upload_timestamp) = '2024-06' AND p.view_count >= 50
ORDER BY 5 DESC, 1
LIMIT 20;
