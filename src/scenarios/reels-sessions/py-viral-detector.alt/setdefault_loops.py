from datetime import datetime, timedelta


def detect_viral_videos(events, now, window_hours=2, viral_threshold=1.5, min_views=1000):
    end = datetime.fromisoformat(now)
    start = end - timedelta(hours=window_hours)
    counts = {}
    for event in events:
        video_id = event.get('video_id')
        event_type = event.get('event_type')
        if video_id is None or event_type is None:
            continue
        at = datetime.fromisoformat(event['timestamp'])
        if not (start <= at <= end):
            continue
        c = counts.setdefault(video_id, {'views': 0, 'spread': 0})
        if event_type == 'video_view':
            c['views'] += 1
        elif event_type in ('share', 'comment'):
            c['spread'] += 1
    ratios = {}
    for video_id, c in counts.items():
        if c['views'] >= min_views and c['views'] > 0:
            ratio = c['spread'] / c['views']
            if ratio > viral_threshold:
                ratios[video_id] = ratio
    return sorted(ratios, key=lambda v: (-ratios[v], v))
