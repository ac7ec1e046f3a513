# mistake: a metadata value that is not an object (a list or a string) makes your code raise instead of returning None
# hint: Before calling .get on metadata, check that it is a dict; anything else makes the whole event invalid.
import json
from datetime import datetime


def parse_event(event_json):
    try:
        event = json.loads(event_json)
        if not isinstance(event, dict):
            return None
        for field in ['event_id', 'event_type', 'user_id', 'video_id', 'timestamp']:
            if event.get(field) is None:
                return None
        for field in ['user_id', 'video_id']:
            value = event[field]
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                return None
        try:
            parsed = datetime.fromisoformat(event['timestamp'].replace('Z', '+00:00'))
        except (ValueError, AttributeError):
            return None
        if event['event_type'] not in {'video_view', 'like', 'share', 'comment', 'follow'}:
            return None
        metadata = event.get('metadata') or {}
        result = dict(event)
        result['parsed_timestamp'] = parsed
        result['view_duration_ms'] = metadata.get('view_duration_ms', 0)
        result['video_position'] = metadata.get('video_position', 0.0)
        return result
    except (json.JSONDecodeError, KeyError, TypeError):
        return None
