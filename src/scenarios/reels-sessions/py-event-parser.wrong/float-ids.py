# mistake: you accept a float such as 42.0 as an id; ids must be integers
# hint: Check the type, not only the value: 42.0 is a float, and only an int (not a bool) greater than 0 is a valid id.
import json
from datetime import datetime


def parse_event(event_json):
    try:
        event = json.loads(event_json)
    except (TypeError, ValueError):
        return None
    if not isinstance(event, dict):
        return None
    for field in ['event_id', 'event_type', 'user_id', 'video_id', 'timestamp']:
        if event.get(field) is None:
            return None
    for field in ['user_id', 'video_id']:
        value = event[field]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            return None
    try:
        parsed = datetime.fromisoformat(event['timestamp'].replace('Z', '+00:00'))
    except (ValueError, AttributeError, TypeError):
        return None
    if event['event_type'] not in ('video_view', 'like', 'share', 'comment', 'follow'):
        return None
    metadata = event.get('metadata')
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        return None
    return {**event, 'parsed_timestamp': parsed,
            'view_duration_ms': metadata.get('view_duration_ms', 0),
            'video_position': metadata.get('video_position', 0.0)}
