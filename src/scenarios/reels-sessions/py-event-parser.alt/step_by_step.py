import json
from datetime import datetime

REQUIRED = ('event_id', 'event_type', 'user_id', 'video_id', 'timestamp')
EVENT_TYPES = {'video_view', 'like', 'share', 'comment', 'follow'}


def _is_id(value):
    return type(value) is int and value > 0


def parse_event(event_json):
    if not isinstance(event_json, str):
        return None
    try:
        event = json.loads(event_json)
    except ValueError:
        return None
    if not isinstance(event, dict):
        return None
    for field in REQUIRED:
        if field not in event or event[field] is None:
            return None
    if not _is_id(event['user_id']) or not _is_id(event['video_id']):
        return None
    timestamp = event['timestamp']
    if not isinstance(timestamp, str):
        return None
    if timestamp.endswith('Z'):
        timestamp = timestamp[:-1] + '+00:00'
    try:
        parsed = datetime.fromisoformat(timestamp)
    except ValueError:
        return None
    if not isinstance(event['event_type'], str) or event['event_type'] not in EVENT_TYPES:
        return None
    metadata = event.get('metadata')
    if metadata is None:
        metadata = {}
    elif not isinstance(metadata, dict):
        return None
    result = dict(event)
    result['parsed_timestamp'] = parsed
    result['view_duration_ms'] = metadata.get('view_duration_ms', 0)
    result['video_position'] = metadata.get('video_position', 0.0)
    return result
