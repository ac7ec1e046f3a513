from datetime import datetime, timedelta


class Session:
    def __init__(self, start):
        self.start = start
        self.last = start
        self.views = self.likes = self.shares = self.comments = self.scrolls = 0
        self.is_bounce = True

    def score(self):
        return self.views * 1 + self.likes * 2 + self.shares * 4 + self.comments * 6


class UserEngagementProcessor:
    def __init__(self):
        self.sessions = {}   # user_id -> {session_id -> Session}
        self.active = {}     # 'YYYY-MM-DD' -> set of user ids
        self.started = {}    # 'YYYY-MM-DD' -> sessions started
        self.points = {}     # 'YYYY-MM-DD' -> engagement points

    def process_user_event(self, event):
        for key in ('user_id', 'session_id', 'event_type', 'timestamp'):
            if key not in event:
                return None
        try:
            ts = datetime.fromisoformat(event['timestamp'])
        except (TypeError, ValueError):
            return None
        user, sid, kind = event['user_id'], event['session_id'], event['event_type']
        day = ts.strftime('%Y-%m-%d')
        by_user = self.sessions.setdefault(user, {})
        if sid not in by_user:
            by_user[sid] = Session(ts)
            self.started[day] = self.started.get(day, 0) + 1
        s = by_user[sid]
        s.last = ts
        if kind == 'post_view':
            s.views += 1
            s.is_bounce = False
            self.active.setdefault(day, set()).add(user)
        elif kind == 'post_like':
            s.likes += 1
            self.points[day] = self.points.get(day, 0) + 1
        elif kind == 'post_share':
            s.shares += 1
            self.points[day] = self.points.get(day, 0) + 3
        elif kind == 'post_comment':
            s.comments += 1
            self.points[day] = self.points.get(day, 0) + 5
        elif kind == 'scroll':
            s.scrolls += 1
        minutes = (s.last - s.start).total_seconds() / 60
        score = s.score()
        if score >= 20 and minutes >= 5:
            health = 'highly_engaged'
        elif score >= 10 and minutes >= 2:
            health = 'moderately_engaged'
        elif score >= 3:
            health = 'lightly_engaged'
        else:
            health = 'at_risk'
        return {'user_id': user, 'session_id': sid, 'duration_minutes': round(minutes, 2),
                'engagement_score': score, 'health_status': health, 'is_bounce': s.is_bounce}

    def get_daily_metrics(self, date):
        sessions = self.started.get(date, 0)
        points = self.points.get(date, 0)
        return {'date': date, 'dau_count': len(self.active.get(date, ())), 'total_sessions': sessions,
                'total_engagement_events': points, 'avg_engagement_per_session': round(points / max(sessions, 1), 2)}

    def calculate_dau_mau_ratio(self, current_date):
        end = datetime.strptime(current_date, '%Y-%m-%d')
        window = [(end - timedelta(days=k)).strftime('%Y-%m-%d') for k in range(30)]
        mau = len(set().union(*(self.active.get(d, set()) for d in window)))
        dau = len(self.active.get(current_date, ()))
        return {'date': current_date, 'dau': dau, 'mau': mau, 'dau_mau_ratio': round(dau / mau, 3) if mau else 0}
