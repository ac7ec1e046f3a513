# mistake: you strip the trailing Z, so a UTC timestamp comes back as a naive datetime instead of one in UTC
# hint: A trailing Z means UTC: turn it into +00:00 (or let fromisoformat read it) so parsed_timestamp keeps its time zone.
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
        if type(value) is not int or value <= 0:
            return None
    if not isinstance(event['timestamp'], str):
        return None
    try:
        parsed = datetime.fromisoformat(event['timestamp'].rstrip('Z'))
    except ValueError:
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
