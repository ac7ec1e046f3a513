# mistake: you measure the window from the wall clock (datetime.utcnow()) instead of the now argument, so every event looks too old
# hint: get_user_metrics is given now: parse it with datetime.fromisoformat and keep events with timestamp >= now - window_hours. Never read the clock.
from collections import defaultdict, deque
from datetime import datetime, timedelta


class UserMetricsTracker:
    def __init__(self, window_hours=24):
        self.window_hours = window_hours
        self.user_events = defaultdict(deque)
        self.user_metrics = defaultdict(lambda: {'videos_watched': 0, 'total_engagement_time_minutes': 0.0, 'likes': 0, 'views': 0})

    def _clean_old_events(self, user_id, current_time):
        cutoff_time = current_time - timedelta(hours=self.window_hours)
        user_queue = self.user_events[user_id]
        while user_queue and user_queue[0]['parsed_timestamp'].replace(tzinfo=None) < cutoff_time:
            old_event = user_queue.popleft()
            self._decrement_metrics(user_id, old_event)

    def _decrement_metrics(self, user_id, event):
        metrics = self.user_metrics[user_id]
        if event['event_type'] == 'video_view':
            metrics['videos_watched'] -= 1
            metrics['total_engagement_time_minutes'] -= event.get('view_duration_ms', 0) / (1000 * 60)
            metrics['views'] -= 1
        elif event['event_type'] == 'like':
            metrics['likes'] -= 1

    def _increment_metrics(self, user_id, event):
        metrics = self.user_metrics[user_id]
        if event['event_type'] == 'video_view':
            metrics['videos_watched'] += 1
            metrics['total_engagement_time_minutes'] += event.get('view_duration_ms', 0) / (1000 * 60)
            metrics['views'] += 1
        elif event['event_type'] == 'like':
            metrics['likes'] += 1

    def update_user_metrics(self, user_id, event):
        event = dict(event, parsed_timestamp=datetime.fromisoformat(event['timestamp']))
        self._clean_old_events(user_id, event['parsed_timestamp'].replace(tzinfo=None))
        self.user_events[user_id].append(event)
        self._increment_metrics(user_id, event)

    def get_user_metrics(self, user_id, now):
        current_time = datetime.utcnow()
        self._clean_old_events(user_id, current_time)
        metrics = self.user_metrics[user_id].copy()
        metrics['engagement_rate'] = metrics['likes'] / metrics['views'] if metrics['views'] > 0 else 0.0
        return metrics
