def generate_recommendations(target_user_id: int, users_data: list[dict], max_recommendations: int) -> list[int]:
    """users_data: [{user_id, country_code?, is_private?, friend_ids?, last_active_days_ago?}, ...].

    Candidates: every user except the target and the target's friend_ids. Score:
      +5 per mutual friend (ids in both friend_ids lists)
      +3 when country_code equals the target's (two missing countries are equal)
      +2 when last_active_days_ago <= 7 (missing: never)
      -10 for a private account with no mutual friend; +3 for a private account with >= 2
    Keep candidates with score > 0, or private with at least one mutual friend.
    Return up to max_recommendations user_ids, by score descending, then user_id ascending.
    An unknown target gets [].
    """
