/**
 * What the editor holds when a learner opens a Python exercise: the signatures the grader
 * calls and the contract in our own words. Bodies are left to the learner.
 */
export const STARTER_CODE: Record<string, string> = {
  'feed-engagement/py-engagement-processor': `from datetime import datetime, date, timedelta


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
`,
  'feed-engagement/py-anomaly-detector': `def detect_engagement_anomalies(daily_metrics: list[dict], window_days: int = 7, threshold_pct: float = 15.0) -> list[dict]:
    """daily_metrics: [{date, dau_count, avg_engagement_per_session}, ...] in date order.

    For each index i >= window_days, the baseline of each metric is the mean of the previous
    window_days entries; drop_pct = (baseline - current) / baseline * 100, or 0 when the
    baseline is 0. When either drop exceeds threshold_pct, report
    {date, dau_drop_pct (rounded to 2), engagement_drop_pct (rounded to 2), severity}
    with severity 'high' if the larger drop exceeds 25, else 'medium'.
    Fewer than window_days + 1 entries: return [].
    """
`,
  'reels-sessions/py-event-parser': `import json
from datetime import datetime


def parse_event(event_json: str) -> dict | None:
    """Parse one Reels event from JSON text; return None for anything invalid, never raise.

    Valid: a JSON object with event_id, event_type, user_id, video_id and timestamp all present
    and not null; user_id and video_id integers > 0 (a bool is not an integer here); timestamp
    ISO-8601 text (a trailing Z means UTC); event_type one of video_view, like, share, comment,
    follow; metadata absent, null (treated as {}) or an object.
    Return the event's fields plus parsed_timestamp (a datetime), view_duration_ms (from
    metadata, default 0) and video_position (from metadata, default 0.0).
    """
`,
  'reels-sessions/py-rolling-metrics': `from datetime import datetime, timedelta


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
`,
  'reels-sessions/py-viral-detector': `from datetime import datetime, timedelta


def detect_viral_videos(events: list[dict], now: str, window_hours: int = 2, viral_threshold: float = 1.5, min_views: int = 1000) -> list[int]:
    """events: [{video_id, event_type, timestamp (ISO text)}, ...]; skip events missing
    video_id or event_type. Count, per video, over events with timestamp in
    [now - window_hours, now] (both ends included): views (video_view), shares and comments.
    Keep videos with views >= min_views and (shares + comments) / views > viral_threshold.
    Return their video_ids, highest ratio first, ties by video_id ascending.
    """
`,
  'ads-attribution/py-attribution-calculator': `from datetime import datetime, timedelta


class AttributionCalculator:
    """Multi-touch attribution of conversions to earlier ad touchpoints."""

    def __init__(self, attribution_window_days: int = 7):
        self.attribution_window_days = attribution_window_days

    def process_ad_event(self, event: dict) -> dict | None:
        """event: {user_id, ad_id, campaign_id, event_type, timestamp (ISO text),
        conversion_value (optional), channel (optional)}.

        impression / click: store it as a touchpoint of the user and return None.
        conversion (never a touchpoint itself): take the user's touchpoints with
        conversion - window <= t <= conversion, in arrival order, and return
        {user_id, conversion_value (default 0), touchpoint_count,
         attribution_weights: {first_touch, last_touch, linear, time_decay} (one list each,
         one weight per touchpoint), first_touch_campaign, last_touch_campaign}.
        time_decay: 1 / sqrt(whole days from touch to conversion + 1), normalised to sum 1.
        No touchpoint: {"error": "No touchpoints found within attribution window"}.
        """
`,
  'pymk/py-recommendations': `def generate_recommendations(target_user_id: int, users_data: list[dict], max_recommendations: int) -> list[int]:
    """users_data: [{user_id, country_code?, is_private?, friend_ids?, last_active_days_ago?}, ...].

    Candidates: every user except the target and the target's friend_ids. Score:
      +5 per mutual friend (ids in both friend_ids lists)
      +3 when country_code equals the target's (two missing countries are equal)
      +2 when last_active_days_ago <= 7 (missing: never)
      -10 for a private account with no mutual friend; +3 for a private account with >= 2
    Keep candidates with score > 0, or private with at least one mutual friend.
    Return up to max_recommendations user_ids, by score descending, then user_id ascending.
    An unknown target gets [].
    """
`,
  'pymk/py-friend-of-friend': `class SocialGraphAnalyzer:
    """Friend-of-friend candidates from a symmetric friendship graph."""

    def __init__(self, users_data: list[dict]):
        """users_data: [{user_id, friend_ids?, last_active_days_ago?, ...}, ...]; a friendship
        listed by either side counts for both."""

    def find_friend_of_friend_candidates(self, target_user_id: int, max_distance: int = 2) -> list[dict]:
        """Every user in users_data (not the target, not a friend) who is a friend of one of the
        target's friends, listed once: {user_id, connection_strength, mutual_friend_ids (sorted)}.
        connection_strength: the mean over mutual friends of 1 + max(0, 10 - last_active_days_ago)
        / 10 (default 30 days); a mutual friend missing from users_data adds 0 but still counts.
        Order: connection_strength descending, then user_id ascending."""
`,
}
