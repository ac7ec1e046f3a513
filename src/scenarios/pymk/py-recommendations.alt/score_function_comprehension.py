import math

SAME_COUNTRY = 3
ACTIVE = 2
PER_MUTUAL = 5


def _score(candidate, target_friends, target_country):
    mutual = len(target_friends.intersection(candidate.get('friend_ids') or []))
    is_private = bool(candidate.get('is_private'))
    score = PER_MUTUAL * mutual
    score += SAME_COUNTRY if candidate.get('country_code') == target_country else 0
    score += ACTIVE if candidate.get('last_active_days_ago', math.inf) <= 7 else 0
    if is_private:
        score += -10 if mutual == 0 else (3 if mutual >= 2 else 0)
    keep = score > 0 or (is_private and mutual >= 1)
    return score, keep


def generate_recommendations(target_user_id, users_data, max_recommendations):
    by_id = {u['user_id']: u for u in reversed(users_data)}
    target = by_id.get(target_user_id)
    if target is None:
        return []
    friends = set(target.get('friend_ids') or [])
    country = target.get('country_code')
    scored = {
        u['user_id']: _score(u, friends, country)
        for u in users_data
        if u['user_id'] != target_user_id and u['user_id'] not in friends
    }
    kept = [(s, uid) for uid, (s, keep) in scored.items() if keep]
    kept.sort(key=lambda pair: (-pair[0], pair[1]))
    return [uid for _, uid in kept][:max(max_recommendations, 0)]
