def generate_recommendations(target_user_id, users_data, max_recommendations):
    target = None
    for user in users_data:
        if user['user_id'] == target_user_id:
            target = user
            break
    if target is None:
        return []
    target_friends = set(target.get('friend_ids', []))
    target_country = target.get('country_code')
    scores = {}
    for candidate in users_data:
        candidate_id = candidate['user_id']
        if candidate_id == target_user_id or candidate_id in target_friends:
            continue
        mutual = len(target_friends & set(candidate.get('friend_ids', [])))
        private = candidate.get('is_private', False)
        score = mutual * 5
        if candidate.get('country_code') == target_country:
            score += 3
        if candidate.get('last_active_days_ago', float('inf')) <= 7:
            score += 2
        if private and mutual == 0:
            score -= 10
        if private and mutual >= 2:
            score += 3
        if score > 0 or (private and mutual > 0):
            scores[candidate_id] = score
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [user_id for user_id, _ in ranked[:max_recommendations]]
