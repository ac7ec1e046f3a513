from datetime import datetime, timedelta


def detect_viral_videos(events: list[dict], now: str, window_hours: int = 2, viral_threshold: float = 1.5, min_views: int = 1000) -> list[int]:
    """events: [{video_id, event_type, timestamp (ISO text)}, ...]; skip events missing
    video_id or event_type. Count, per video, over events with timestamp in
    [now - window_hours, now] (both ends included): views (video_view), shares and comments.
    Keep videos with views >= min_views and (shares + comments) / views > viral_threshold.
    Return their video_ids, highest ratio first, ties by video_id ascending.
    """
