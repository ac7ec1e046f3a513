# mistake: your id check lets true and false through as user_id or video_id, because bool is a subclass of int in Python
# hint: isinstance(True, int) is True. Rule booleans out explicitly before checking that the id is an int greater than 0.
import json
from datetime import datetime


def parse_event(event_json):
    try:
        event = json.loads(event_json)
        required_fields = ['event_id', 'event_type', 'user_id', 'video_id', 'timestamp']
        for field in required_fields:
            if field not in event or event[field] is None:
                return None
        if not isinstance(event['user_id'], int) or event['user_id'] <= 0:
            return None
        if not isinstance(event['video_id'], int) or event['video_id'] <= 0:
            return None
        try:
            timestamp = datetime.fromisoformat(event['timestamp'].replace('Z', '+00:00'))
            event['parsed_timestamp'] = timestamp
        except (ValueError, AttributeError):
            return None
        valid_event_types = {'video_view', 'like', 'share', 'comment', 'follow'}
        if event['event_type'] not in valid_event_types:
            return None
        metadata = event.get('metadata', {})
        event['view_duration_ms'] = metadata.get('view_duration_ms', 0)
        event['video_position'] = metadata.get('video_position', 0.0)
        return event
    except (json.JSONDecodeError, KeyError, TypeError):
        return None
