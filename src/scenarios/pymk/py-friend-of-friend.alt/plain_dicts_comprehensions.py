class SocialGraphAnalyzer:
    def __init__(self, users_data):
        self.activity = {}
        self.friends = {}
        for user in users_data:
            self.activity[user['user_id']] = user.get('last_active_days_ago', 30)
        for user in users_data:
            me = user['user_id']
            for other in user.get('friend_ids') or []:
                self.friends.setdefault(me, set()).add(other)
                self.friends.setdefault(other, set()).add(me)

    def _weight(self, friend_id):
        if friend_id not in self.activity:
            return 0.0
        return 1.0 + max(0, 10 - self.activity[friend_id]) / 10

    def find_friend_of_friend_candidates(self, target_user_id, max_distance=2):
        mine = self.friends.get(target_user_id, set())
        reachable = {c for f in mine for c in self.friends.get(f, ())}
        candidates = reachable - mine - {target_user_id}
        candidates = [c for c in candidates if c in self.activity]

        def entry(c):
            mutual = sorted(mine & self.friends[c])
            strength = sum(self._weight(m) for m in mutual) / len(mutual)
            return {'user_id': c, 'connection_strength': strength, 'mutual_friend_ids': mutual}

        return sorted((entry(c) for c in candidates), key=lambda e: (-e['connection_strength'], e['user_id']))
