from collections import Counter
from datetime import datetime, timedelta


def detect_viral_videos(events, now, window_hours=2, viral_threshold=1.5, min_views=1000):
    end = datetime.fromisoformat(now)
    start = end - timedelta(hours=window_hours)
    recent = [
        e for e in events
        if e.get('video_id') is not None and e.get('event_type') is not None
        and start <= datetime.fromisoformat(e['timestamp']) <= end
    ]
    views = Counter(e['video_id'] for e in recent if e['event_type'] == 'video_view')
    spread = Counter(e['video_id'] for e in recent if e['event_type'] in {'share', 'comment'})
    scored = [(spread[v] / n, v) for v, n in views.items() if n >= min_views]
    return [v for ratio, v in sorted(scored, key=lambda t: (-t[0], t[1])) if ratio > viral_threshold]
