# mistake: you store the conversion itself as a touchpoint before attributing it, so it takes credit for itself (and later conversions see it too)
# hint: Only impressions and clicks are touchpoints. Attribute a conversion without adding it to the user's touchpoints.
from datetime import datetime, timedelta


class AttributionCalculator:
    def __init__(self, attribution_window_days=7):
        self.attribution_window = timedelta(days=attribution_window_days)
        self.user_touchpoints = {}

    def process_ad_event(self, event):
        user_id = event['user_id']
        event_type = event['event_type']
        timestamp = datetime.fromisoformat(event['timestamp'])
        if user_id not in self.user_touchpoints:
            self.user_touchpoints[user_id] = []
        touchpoint = {
            'ad_id': event['ad_id'],
            'campaign_id': event['campaign_id'],
            'event_type': event_type,
            'timestamp': timestamp,
            'channel': event.get('channel', 'unknown'),
        }
        self.user_touchpoints[user_id].append(touchpoint)
        if event_type == 'conversion':
            return self.calculate_attribution(user_id, event)
        return None

    def calculate_attribution(self, user_id, conversion_event):
        conversion_time = datetime.fromisoformat(conversion_event['timestamp'])
        conversion_value = conversion_event.get('conversion_value', 0)
        relevant_touchpoints = [
            tp for tp in self.user_touchpoints[user_id]
            if conversion_time - tp['timestamp'] <= self.attribution_window and tp['timestamp'] <= conversion_time
        ]
        if not relevant_touchpoints:
            return {'error': 'No touchpoints found within attribution window'}
        attribution_weights = self._calculate_weights(relevant_touchpoints, conversion_time)
        return {
            'user_id': user_id,
            'conversion_value': conversion_value,
            'touchpoint_count': len(relevant_touchpoints),
            'attribution_weights': attribution_weights,
            'first_touch_campaign': relevant_touchpoints[0]['campaign_id'],
            'last_touch_campaign': relevant_touchpoints[-1]['campaign_id'],
        }

    def _calculate_weights(self, touchpoints, conversion_time):
        n = len(touchpoints)
        weights = {'first_touch': [1.0] + [0.0] * (n - 1), 'last_touch': [0.0] * (n - 1) + [1.0], 'linear': [1.0 / n] * n, 'time_decay': []}
        total_decay_weight = 0
        for tp in touchpoints:
            days_to_conversion = (conversion_time - tp['timestamp']).days + 1
            decay_weight = 1.0 / (days_to_conversion ** 0.5)
            weights['time_decay'].append(decay_weight)
            total_decay_weight += decay_weight
        weights['time_decay'] = [w / total_decay_weight for w in weights['time_decay']]
        return weights
