-- mistake: you used fact_reels_sessions, which files each whole session under the day it started, so a session crossing midnight never counts on its second day
-- hint: Work from fact_reels_events at the grain (date_partition, session_id): a session that runs past midnight counts on each day it started a video.
SELECT date_partition, COUNT(*) AS total_sessions, SUM(videos_watched >= 3) AS completed_sessions,
       ROUND(100.0 * SUM(videos_watched >= 3) / COUNT(*), 2) AS completion_rate_pct
FROM fact_reels_sessions
WHERE date_partition BETWEEN '2024-06-24' AND '2024-06-30'
GROUP BY date_partition
ORDER BY date_partition;
