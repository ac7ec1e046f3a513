# mistake: a drop of exactly 25% comes out as high severity; high needs more than 25
# hint: Severity is high only when the larger drop is strictly above 25; exactly 25 is medium.
def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    def drop(baseline, current):
        return 0 if baseline == 0 else (baseline - current) / baseline * 100

    anomalies = []
    if len(daily_metrics) < window_days + 1:
        return anomalies
    for i in range(window_days, len(daily_metrics)):
        window = daily_metrics[i - window_days:i]
        day = daily_metrics[i]
        dau = drop(sum(d['dau_count'] for d in window) / window_days, day['dau_count'])
        eng = drop(sum(d['avg_engagement_per_session'] for d in window) / window_days, day['avg_engagement_per_session'])
        if dau > threshold_pct or eng > threshold_pct:
            anomalies.append({
                'date': day['date'],
                'dau_drop_pct': round(dau, 2),
                'engagement_drop_pct': round(eng, 2),
                'severity': 'high' if max(dau, eng) >= 25 else 'medium',
            })
    return anomalies
