from datetime import datetime, timedelta


class UserMetricsTracker:
    """Per-user metrics over a sliding window of hours."""

    def __init__(self, window_hours: int = 24):
        self.window_hours = window_hours

    def update_user_metrics(self, user_id: int, event: dict) -> None:
        """event: {event_type, timestamp (ISO text), view_duration_ms (optional)}.
        A user's events arrive with non-decreasing timestamps."""

    def get_user_metrics(self, user_id: int, now: str) -> dict:
        """Over the user's events with timestamp >= now - window_hours (inclusive), return
        {videos_watched, total_engagement_time_minutes, likes, views, engagement_rate}.
        A video_view is a watched video and a view, and adds view_duration_ms / 60000 minutes;
        engagement_rate = likes / views, 0.0 without views. Unknown users get zeros."""
