class SocialGraphAnalyzer:
    """Friend-of-friend candidates from a symmetric friendship graph."""

    def __init__(self, users_data: list[dict]):
        """users_data: [{user_id, friend_ids?, last_active_days_ago?, ...}, ...]; a friendship
        listed by either side counts for both."""

    def find_friend_of_friend_candidates(self, target_user_id: int, max_distance: int = 2) -> list[dict]:
        """Every user in users_data (not the target, not a friend) who is a friend of one of the
        target's friends, listed once: {user_id, connection_strength, mutual_friend_ids (sorted)}.
        connection_strength: the mean over mutual friends of 1 + max(0, 10 - last_active_days_ago)
        / 10 (default 30 days); a mutual friend missing from users_data adds 0 but still counts.
        Order: connection_strength descending, then user_id ascending."""
