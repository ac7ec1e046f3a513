from datetime import datetime, date, timedelta


class UserEngagementProcessor:
    """Keeps per-session and per-day engagement state from a stream of feed events."""

    def __init__(self):
        pass

    def process_user_event(self, event: dict) -> dict | None:
        """event: {user_id, session_id, event_type, timestamp (ISO text)}.

        Return None, changing nothing, when a key is missing or the timestamp does not parse.
        The first event of a session counts one session on that event's date.
        post_view: the user is daily active on the event's date; the session is no longer a bounce.
        post_like / post_share / post_comment add 1 / 3 / 5 to the date's total engagement.
        Any other type only moves the session's last activity.
        Returns {user_id, session_id, duration_minutes (first to latest event, rounded to 2),
        engagement_score (views*1 + likes*2 + shares*4 + comments*6), health_status, is_bounce}.
        health_status: 'highly_engaged' (score >= 20 and >= 5 min), 'moderately_engaged'
        (>= 10 and >= 2 min), 'lightly_engaged' (>= 3), else 'at_risk'.
        """

    def get_daily_metrics(self, date: str) -> dict:
        """date: 'YYYY-MM-DD'. Returns {date, dau_count, total_sessions, total_engagement_events,
        avg_engagement_per_session = round(total / max(sessions, 1), 2)}."""

    def calculate_dau_mau_ratio(self, current_date: str) -> dict:
        """Returns {date, dau, mau, dau_mau_ratio}: mau = distinct daily-active users over the
        30 days ending on current_date; ratio rounded to 3, 0 when mau is 0."""
