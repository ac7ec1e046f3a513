import json
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
