import json
from datetime import datetime, timezone


def parse_event(event_json):
    try:
        event = json.loads(event_json)
        assert isinstance(event, dict)
        assert all(event.get(k) is not None for k in ('event_id', 'event_type', 'user_id', 'video_id', 'timestamp'))
        assert all(not isinstance(event[k], bool) and isinstance(event[k], int) and event[k] > 0 for k in ('user_id', 'video_id'))
        text = event['timestamp']
        assert isinstance(text, str)
        utc = text.endswith('Z')
        parsed = datetime.fromisoformat(text[:-1] if utc else text)
        if utc:
            assert parsed.tzinfo is None
            parsed = parsed.replace(tzinfo=timezone.utc)
        assert event['event_type'] in ['video_view', 'like', 'share', 'comment', 'follow']
        metadata = {} if event.get('metadata') is None else event['metadata']
        assert isinstance(metadata, dict)
    except Exception:
        return None
    return {
        **event,
        'parsed_timestamp': parsed,
        'view_duration_ms': metadata.get('view_duration_ms', 0),
        'video_position': metadata.get('video_position', 0.0),
    }
