-- June uploads first (a few hundred rows), then only their June events, found through the
-- video_id index; scores and view counts per video, the 50-view floor, and RANK last.
WITH june_videos AS (
  SELECT video_id, creator_id, video_duration_seconds, video_category
  FROM dim_videos
  WHERE upload_timestamp >= '2024-06-01'
),
scored AS (
  SELECT
    v.video_id,
    v.creator_id,
    v.video_duration_seconds,
    v.video_category,
    SUM(CASE e.event_type
          WHEN 'view_start' THEN 1
          WHEN 'like' THEN 3
          WHEN 'share' THEN 5
          WHEN 'comment' THEN 7
          ELSE 0
        END) AS engagement_score,
    SUM(e.event_type = 'view_start') AS view_count
  FROM june_videos AS v
  JOIN fact_reels_events AS e ON e.video_id = v.video_id
  WHERE e.date_partition BETWEEN '2024-06-01' AND '2024-06-30'
  GROUP BY v.video_id, v.creator_id, v.video_duration_seconds, v.video_category
  HAVING SUM(e.event_type = 'view_start') >= 50
)
SELECT
  video_id,
  creator_id,
  video_duration_seconds,
  video_category,
  engagement_score,
  view_count,
  RANK() OVER (ORDER BY engagement_score DESC) AS engagement_rank
FROM scored
ORDER BY engagement_score DESC, video_id ASC
LIMIT 20;
