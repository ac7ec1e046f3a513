def detect_engagement_anomalies(daily_metrics: list[dict], window_days: int = 7, threshold_pct: float = 15.0) -> list[dict]:
    """daily_metrics: [{date, dau_count, avg_engagement_per_session}, ...] in date order.

    For each index i >= window_days, the baseline of each metric is the mean of the previous
    window_days entries; drop_pct = (baseline - current) / baseline * 100, or 0 when the
    baseline is 0. When either drop exceeds threshold_pct, report
    {date, dau_drop_pct (rounded to 2), engagement_drop_pct (rounded to 2), severity}
    with severity 'high' if the larger drop exceeds 25, else 'medium'.
    Fewer than window_days + 1 entries: return [].
    """
