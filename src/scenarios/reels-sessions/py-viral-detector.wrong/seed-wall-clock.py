# mistake: you measure the window from the wall clock (datetime.utcnow()) instead of the now argument, so events from the test data all fall outside it
# hint: Parse the now argument with datetime.fromisoformat and measure the window from it; never read the clock in a function that is given now.
from collections import defaultdict
from datetime import datetime, timedelta


def detect_viral_videos(events, now, window_hours=2, viral_threshold=1.5, min_views=1000):
    current_time = datetime.utcnow()
    cutoff_time = current_time - timedelta(hours=window_hours)
    recent_events = [e for e in events if datetime.fromisoformat(e.get('timestamp', '0001-01-01T00:00:00').replace('Z', '')) >= cutoff_time]
    video_metrics = defaultdict(lambda: {'views': 0, 'shares': 0, 'comments': 0, 'viral_coefficient': 0.0})
    for event in recent_events:
        video_id = event.get('video_id')
        event_type = event.get('event_type')
        if not video_id or not event_type:
            continue
        metrics = video_metrics[video_id]
        if event_type == 'video_view':
            metrics['views'] += 1
        elif event_type == 'share':
            metrics['shares'] += 1
        elif event_type == 'comment':
            metrics['comments'] += 1
    viral_videos = []
    for video_id, metrics in video_metrics.items():
        if metrics['views'] < min_views:
            continue
        viral_coefficient = (metrics['shares'] + metrics['comments']) / metrics['views']
        metrics['viral_coefficient'] = viral_coefficient
        if viral_coefficient > viral_threshold:
            viral_videos.append(video_id)
    viral_videos.sort(key=lambda vid: (-video_metrics[vid]['viral_coefficient'], vid))
    return viral_videos
