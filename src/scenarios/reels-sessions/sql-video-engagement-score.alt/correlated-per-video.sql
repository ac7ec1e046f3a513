-- Each June video's score and views as correlated subqueries on the video_id index;
-- June uploads found with date_trunc.
WITH june AS (
  SELECT v.*,
    (SELECT SUM(CASE e.event_type WHEN 'view_start' THEN 1 WHEN 'like' THEN 3
                                  WHEN 'share' THEN 5 WHEN 'comment' THEN 7 ELSE 0 END)
       FROM fact_reels_events e
      WHERE e.video_id = v.video_id AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30') AS score,
    (SELECT COUNT(*) FROM fact_reels_events e
      WHERE e.video_id = v.video_id AND e.event_type = 'view_start'
        AND e.date_partition BETWEEN '2024-06-01' AND '2024-06-30') AS views
  FROM dim_videos v
  WHERE date_trunc('month', v.upload_timestamp) = '2024-06-01'
)
SELECT video_id, creator_id, video_duration_seconds, video_category,
       score AS engagement_score, views AS view_count,
       RANK() OVER (ORDER BY score DESC) AS engagement_rank
FROM june
WHERE views >= 50
ORDER BY score DESC, video_id
LIMIT 20;
