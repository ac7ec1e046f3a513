-- mistake: your window is the last 30 days (from 2024-05-31), not June, so a video uploaded on May 31 and its May 31 events get in
-- hint: CURRENT_DATE minus 30 days is 2024-05-31; June is 2024-06-01 to 2024-06-30 for both the uploads and the events.
WITH scored AS (
  SELECT v.video_id, v.creator_id, v.video_duration_seconds, v.video_category,
         SUM(CASE e.event_type WHEN 'view_start' THEN 1 WHEN 'like' THEN 3 WHEN 'share' THEN 5
                               WHEN 'comment' THEN 7 ELSE 0 END) AS engagement_score,
         SUM(e.event_type = 'view_start') AS view_count
  FROM dim_videos v
  JOIN fact_reels_events e ON e.video_id = v.video_id
  WHERE v.upload_timestamp >= date(CURRENT_DATE, '-30 days')
    AND e.date_partition >= date(CURRENT_DATE, '-30 days')
  GROUP BY v.video_id, v.creator_id, v.video_duration_seconds, v.video_category
  HAVING SUM(e.event_type = 'view_start') >= 50
)
SELECT video_id, creator_id, video_duration_seconds, video_category, engagement_score, view_count,
       RANK() OVER (ORDER BY engagement_score DESC) AS engagement_rank
FROM scored
ORDER BY engagement_score DESC, video_id
LIMIT 20;
