from collections import defaultdict
from datetime import date, datetime, timedelta

POINTS = {'post_like': 1, 'post_share': 3, 'post_comment': 5}


class UserEngagementProcessor:
    def __init__(self):
        self.sessions = {}
        self.days = defaultdict(lambda: {'dau': set(), 'sessions': 0, 'engagement': 0})

    def process_user_event(self, event):
        try:
            user_id = event['user_id']
            session_id = event['session_id']
            event_type = event['event_type']
            timestamp = datetime.fromisoformat(event['timestamp'])
        except (KeyError, ValueError, TypeError):
            return None
        day = timestamp.date()
        key = (user_id, session_id)
        if key not in self.sessions:
            self.sessions[key] = {'start': timestamp, 'last': timestamp, 'post_view': 0, 'post_like': 0,
                                  'post_share': 0, 'post_comment': 0, 'scroll': 0, 'is_bounce': True}
            self.days[day]['sessions'] += 1
        session = self.sessions[key]
        session['last'] = timestamp
        if event_type in ('post_view', 'post_like', 'post_share', 'post_comment', 'scroll'):
            session[event_type] += 1
        if event_type == 'post_view':
            session['is_bounce'] = False
            self.days[day]['dau'].add(user_id)
        if event_type in POINTS:
            self.days[day]['engagement'] += POINTS[event_type]
        minutes = (session['last'] - session['start']).total_seconds() / 60
        score = session['post_view'] + session['post_like'] * 2 + session['post_share'] * 4 + session['post_comment'] * 6
        if score >= 20 and minutes >= 5:
            status = 'highly_engaged'
        elif score >= 10 and minutes >= 2:
            status = 'moderately_engaged'
        elif score >= 3:
            status = 'lightly_engaged'
        else:
            status = 'at_risk'
        return {'user_id': user_id, 'session_id': session_id, 'duration_minutes': round(minutes, 2),
                'engagement_score': score, 'health_status': status, 'is_bounce': session['is_bounce']}

    def get_daily_metrics(self, date_text):
        day = date.fromisoformat(date_text)
        m = self.days.get(day, {'dau': set(), 'sessions': 0, 'engagement': 0})
        return {'date': str(day), 'dau_count': len(m['dau']), 'total_sessions': m['sessions'],
                'total_engagement_events': m['engagement'],
                'avg_engagement_per_session': round(m['engagement'] / max(m['sessions'], 1), 2)}

    def calculate_dau_mau_ratio(self, current_date):
        day = date.fromisoformat(current_date)
        users = set()
        for i in range(30):
            users |= self.days.get(day - timedelta(days=i), {'dau': set()})['dau']
        dau = len(self.days.get(day, {'dau': set()})['dau'])
        mau = len(users)
        return {'date': str(day), 'dau': dau, 'mau': mau, 'dau_mau_ratio': round(dau / mau, 3) if mau else 0}
