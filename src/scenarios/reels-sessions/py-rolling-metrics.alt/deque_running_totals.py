from collections import deque
from datetime import datetime, timedelta


class _UserWindow:
    def __init__(self):
        self.events = deque()   # (timestamp, event_type, minutes), oldest first
        self.views = 0
        self.likes = 0
        self.minutes = 0.0

    def add(self, at, kind, minutes):
        self.events.append((at, kind, minutes))
        self._count(kind, minutes, +1)

    def drop_before(self, cutoff):
        while self.events and self.events[0][0] < cutoff:
            _, kind, minutes = self.events.popleft()
            self._count(kind, minutes, -1)

    def _count(self, kind, minutes, sign):
        if kind == 'video_view':
            self.views += sign
            self.minutes += sign * minutes
        elif kind == 'like':
            self.likes += sign


class UserMetricsTracker:
    def __init__(self, window_hours=24):
        self.window = timedelta(hours=window_hours)
        self.users = {}

    def update_user_metrics(self, user_id, event):
        at = datetime.fromisoformat(event['timestamp'])
        minutes = event.get('view_duration_ms', 0) / 60000
        self.users.setdefault(user_id, _UserWindow()).add(at, event['event_type'], minutes)

    def get_user_metrics(self, user_id, now):
        user = self.users.get(user_id)
        if user is None:
            return {'videos_watched': 0, 'total_engagement_time_minutes': 0.0, 'likes': 0, 'views': 0, 'engagement_rate': 0.0}
        # Reads come with a non-decreasing now, so what falls out of the window never comes back.
        user.drop_before(datetime.fromisoformat(now) - self.window)
        if not user.events:
            user.minutes = 0.0
        return {
            'videos_watched': user.views,
            'total_engagement_time_minutes': user.minutes,
            'likes': user.likes,
            'views': user.views,
            'engagement_rate': user.likes / user.views if user.views else 0.0,
        }
