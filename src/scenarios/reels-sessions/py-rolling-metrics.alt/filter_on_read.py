from collections import defaultdict
from datetime import datetime, timedelta


class UserMetricsTracker:
    def __init__(self, window_hours=24):
        self.window_hours = window_hours
        self.events = defaultdict(list)

    def update_user_metrics(self, user_id, event):
        self.events[user_id].append((event['event_type'], datetime.fromisoformat(event['timestamp']), event.get('view_duration_ms', 0)))

    def get_user_metrics(self, user_id, now):
        cutoff = datetime.fromisoformat(now) - timedelta(hours=self.window_hours)
        recent = [e for e in self.events.get(user_id, []) if e[1] >= cutoff]
        views = [e for e in recent if e[0] == 'video_view']
        likes = sum(1 for e in recent if e[0] == 'like')
        minutes = 0.0
        for e in views:
            minutes += e[2] / 60000
        return {
            'videos_watched': len(views),
            'total_engagement_time_minutes': minutes,
            'likes': likes,
            'views': len(views),
            'engagement_rate': likes / len(views) if views else 0.0,
        }
