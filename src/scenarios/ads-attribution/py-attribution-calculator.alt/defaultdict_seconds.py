import math
from collections import defaultdict
from datetime import datetime

DAY = 24 * 60 * 60
EPOCH = datetime(2000, 1, 1)


class AttributionCalculator:
    def __init__(self, attribution_window_days=7):
        self.window_seconds = attribution_window_days * DAY
        self.history = defaultdict(list)  # user_id -> [(seconds since 2000-01-01, campaign_id)]

    @staticmethod
    def _seconds(text):
        return (datetime.fromisoformat(text) - EPOCH).total_seconds()

    def process_ad_event(self, event):
        kind = event['event_type']
        user = event['user_id']
        when = self._seconds(event['timestamp'])
        if kind == 'impression' or kind == 'click':
            self.history[user].append((when, event['campaign_id']))
            return None
        if kind != 'conversion':
            return None
        touches = []
        for touched, campaign in self.history[user]:
            gap = when - touched
            if 0 <= gap <= self.window_seconds:
                touches.append((gap, campaign))
        if len(touches) == 0:
            return {'error': 'No touchpoints found within attribution window'}
        n = len(touches)
        first = []
        last = []
        linear = []
        raw = []
        for i, (gap, _) in enumerate(touches):
            first.append(1.0 if i == 0 else 0.0)
            last.append(1.0 if i == n - 1 else 0.0)
            linear.append(1.0 / n)
            raw.append(1 / math.sqrt(int(gap // DAY) + 1))
        total = math.fsum(raw)
        return {
            'user_id': user,
            'conversion_value': event.get('conversion_value', 0),
            'touchpoint_count': n,
            'attribution_weights': {'first_touch': first, 'last_touch': last, 'linear': linear,
                                    'time_decay': [w / total for w in raw]},
            'first_touch_campaign': touches[0][1],
            'last_touch_campaign': touches[-1][1],
        }
