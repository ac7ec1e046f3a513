# mistake: your days are keyed by date objects but get_daily_metrics and calculate_dau_mau_ratio receive the date as text like '2024-01-15', so every day looks empty (or the date arithmetic fails)
# hint: Turn the date text into a date first (date.fromisoformat), or key your days by the same 'YYYY-MM-DD' text you are asked about.
from datetime import datetime, timedelta
from collections import defaultdict


class UserEngagementProcessor:
    def __init__(self):
        self.user_sessions = defaultdict(dict)
        self.daily_metrics = defaultdict(lambda: {'dau': set(), 'sessions': 0, 'total_engagement': 0})

    def process_user_event(self, event_data):
        try:
            user_id = event_data['user_id']
            session_id = event_data['session_id']
            event_type = event_data['event_type']
            timestamp = datetime.fromisoformat(event_data['timestamp'])
            date_key = timestamp.date()
            if session_id not in self.user_sessions[user_id]:
                self.user_sessions[user_id][session_id] = {
                    'start_time': timestamp, 'last_activity': timestamp, 'posts_viewed': 0, 'posts_liked': 0,
                    'posts_shared': 0, 'posts_commented': 0, 'scroll_events': 0, 'is_bounce': True,
                }
                self.daily_metrics[date_key]['sessions'] += 1
            session = self.user_sessions[user_id][session_id]
            session['last_activity'] = timestamp
            if event_type == 'post_view':
                session['posts_viewed'] += 1
                session['is_bounce'] = False
                self.daily_metrics[date_key]['dau'].add(user_id)
            elif event_type == 'post_like':
                session['posts_liked'] += 1
                self.daily_metrics[date_key]['total_engagement'] += 1
            elif event_type == 'post_share':
                session['posts_shared'] += 1
                self.daily_metrics[date_key]['total_engagement'] += 3
            elif event_type == 'post_comment':
                session['posts_commented'] += 1
                self.daily_metrics[date_key]['total_engagement'] += 5
            elif event_type == 'scroll':
                session['scroll_events'] += 1
            return self._calculate_session_health(user_id, session_id)
        except (KeyError, ValueError, TypeError):
            return None

    def _calculate_session_health(self, user_id, session_id):
        session = self.user_sessions[user_id][session_id]
        duration_minutes = (session['last_activity'] - session['start_time']).total_seconds() / 60
        engagement_score = (session['posts_viewed'] * 1 + session['posts_liked'] * 2
                            + session['posts_shared'] * 4 + session['posts_commented'] * 6)
        if engagement_score >= 20 and duration_minutes >= 5:
            health_status = 'highly_engaged'
        elif engagement_score >= 10 and duration_minutes >= 2:
            health_status = 'moderately_engaged'
        elif engagement_score >= 3:
            health_status = 'lightly_engaged'
        else:
            health_status = 'at_risk'
        return {'user_id': user_id, 'session_id': session_id, 'duration_minutes': round(duration_minutes, 2),
                'engagement_score': engagement_score, 'health_status': health_status, 'is_bounce': session['is_bounce']}

    def get_daily_metrics(self, date):
        metrics = self.daily_metrics[date]
        return {'date': str(date), 'dau_count': len(metrics['dau']), 'total_sessions': metrics['sessions'],
                'total_engagement_events': metrics['total_engagement'],
                'avg_engagement_per_session': round(metrics['total_engagement'] / max(metrics['sessions'], 1), 2)}

    def calculate_dau_mau_ratio(self, current_date):
        mau_users = set()
        total_dau = 0
        for i in range(30):
            check_date = current_date - timedelta(days=i)
            if check_date in self.daily_metrics:
                if i == 0:
                    total_dau = len(self.daily_metrics[check_date]['dau'])
                mau_users.update(self.daily_metrics[check_date]['dau'])
        mau_count = len(mau_users)
        dau_mau_ratio = total_dau / mau_count if mau_count > 0 else 0
        return {'date': str(current_date), 'dau': total_dau, 'mau': mau_count, 'dau_mau_ratio': round(dau_mau_ratio, 3)}
