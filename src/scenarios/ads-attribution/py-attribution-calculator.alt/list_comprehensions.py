from datetime import datetime, timedelta


class AttributionCalculator:
    def __init__(self, attribution_window_days=7):
        self.window = timedelta(days=attribution_window_days)
        self.touchpoints = {}

    def process_ad_event(self, event):
        user_id = event['user_id']
        event_type = event['event_type']
        at = datetime.fromisoformat(event['timestamp'])
        if event_type in ('impression', 'click'):
            self.touchpoints.setdefault(user_id, []).append({'campaign_id': event['campaign_id'], 'at': at})
            return None
        if event_type != 'conversion':
            return None
        relevant = [tp for tp in self.touchpoints.get(user_id, []) if tp['at'] <= at and at - tp['at'] <= self.window]
        if not relevant:
            return {'error': 'No touchpoints found within attribution window'}
        n = len(relevant)
        decay = [1.0 / ((at - tp['at']).days + 1) ** 0.5 for tp in relevant]
        total = sum(decay)
        return {
            'user_id': user_id,
            'conversion_value': event.get('conversion_value', 0),
            'touchpoint_count': n,
            'attribution_weights': {
                'first_touch': [1.0] + [0.0] * (n - 1),
                'last_touch': [0.0] * (n - 1) + [1.0],
                'linear': [1.0 / n] * n,
                'time_decay': [w / total for w in decay],
            },
            'first_touch_campaign': relevant[0]['campaign_id'],
            'last_touch_campaign': relevant[-1]['campaign_id'],
        }
