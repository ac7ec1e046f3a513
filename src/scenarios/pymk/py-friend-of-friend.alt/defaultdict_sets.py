from collections import defaultdict


class SocialGraphAnalyzer:
    def __init__(self, users_data):
        self.users = {u['user_id']: u for u in users_data}
        self.graph = defaultdict(set)
        for user_id, user in self.users.items():
            for friend_id in user.get('friend_ids', []):
                self.graph[user_id].add(friend_id)
                self.graph[friend_id].add(user_id)

    def _strength(self, mutual):
        if not mutual:
            return 0.0
        total = 0.0
        for friend_id in mutual:
            friend = self.users.get(friend_id)
            if friend is not None:
                total += 1.0 + max(0, 10 - friend.get('last_active_days_ago', 30)) / 10
        return total / len(mutual)

    def find_friend_of_friend_candidates(self, target_user_id, max_distance=2):
        friends = self.graph.get(target_user_id, set())
        candidate_ids = set()
        for friend_id in friends:
            for candidate_id in self.graph.get(friend_id, set()):
                if candidate_id != target_user_id and candidate_id not in friends and candidate_id in self.users:
                    candidate_ids.add(candidate_id)
        result = []
        for candidate_id in candidate_ids:
            mutual = sorted(friends & self.graph.get(candidate_id, set()))
            result.append({'user_id': candidate_id, 'connection_strength': self._strength(mutual), 'mutual_friend_ids': mutual})
        result.sort(key=lambda c: (-c['connection_strength'], c['user_id']))
        return result
