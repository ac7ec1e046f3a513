# mistake: you list a candidate once per mutual friend who leads to them; each candidate must appear only once
# hint: Collect the candidate ids in a set first (or skip ids you have already added), then build one entry per candidate.
from collections import defaultdict


class SocialGraphAnalyzer:
    def __init__(self, users_data):
        self.users = {user['user_id']: user for user in users_data}
        self.friendship_graph = self._build_graph()

    def _build_graph(self):
        graph = defaultdict(set)
        for user_id, user in self.users.items():
            for friend_id in user.get('friend_ids', []):
                graph[user_id].add(friend_id)
                graph[friend_id].add(user_id)
        return graph

    def calculate_mutual_friends_strength(self, user1_id, user2_id):
        user1_friends = self.friendship_graph.get(user1_id, set())
        user2_friends = self.friendship_graph.get(user2_id, set())
        mutual_friends = user1_friends.intersection(user2_friends)
        if not mutual_friends:
            return 0.0
        total_strength = 0.0
        for mutual_friend_id in mutual_friends:
            mutual_friend = self.users.get(mutual_friend_id)
            if mutual_friend:
                activity_bonus = max(0, 10 - mutual_friend.get('last_active_days_ago', 30)) / 10
                total_strength += 1.0 + activity_bonus
        return total_strength / len(mutual_friends)

    def find_friend_of_friend_candidates(self, target_user_id, max_distance=2):
        candidates = []
        target_friends = self.friendship_graph.get(target_user_id, set())
        for friend_id in target_friends:
            friend_friends = self.friendship_graph.get(friend_id, set())
            for candidate_id in friend_friends:
                if candidate_id != target_user_id and candidate_id not in target_friends:
                    strength = self.calculate_mutual_friends_strength(target_user_id, candidate_id)
                    candidate_user = self.users.get(candidate_id)
                    if candidate_user:
                        candidates.append({
                            'user_id': candidate_id,
                            'connection_strength': strength,
                            'mutual_friend_ids': sorted(target_friends.intersection(self.friendship_graph.get(candidate_id, set()))),
                        })
        candidates.sort(key=lambda x: (-x['connection_strength'], x['user_id']))
        return candidates
