-- Weighted counts with FILTER; the rank counted as 1 + the number of better scores.
WITH scored AS (
  SELECT e.video_id,
         COUNT(*) FILTER (WHERE e.event_type = 'view_start')
         + 3 * COUNT(*) FILTER (WHERE e.event_type = 'like')
         + 5 * COUNT(*) FILTER (WHERE e.event_type = 'share')
         + 7 * COUNT(*) FILTER (WHERE e.event_type = 'comment') AS engagement_score,
         COUNT(*) FILTER (WHERE e.event_type = 'view_start') AS view_count
  FROM fact_reels_events e
  WHERE e.date_partition LIKE '2024-06-%'
  GROUP BY e.video_id
)
SELECT s.video_id, v.creator_id, v.video_duration_seconds, v.video_category, s.engagement_score, s.view_count,
       1 + (SELECT COUNT(*) FROM scored b JOIN dim_videos bv ON bv.video_id = b.video_id
            WHERE bv.upload_timestamp >= '2024-06-01' AND b.view_count >= 50
              AND b.engagement_score > s.engagement_score) AS engagement_rank
FROM scored s
JOIN dim_videos v ON v.video_id = s.video_id
WHERE v.upload_timestamp >= '2024-06-01' AND s.view_count >= 50
ORDER BY s.engagement_score DESC, s.video_id
LIMIT 20;
