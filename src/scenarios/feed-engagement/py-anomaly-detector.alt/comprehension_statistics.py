def _drop(baseline, current):
    if not baseline:
        return 0.0
    return (baseline - current) / baseline * 100


def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    keys = ('dau_count', 'avg_engagement_per_session')

    def drops(i):
        window = daily_metrics[i - window_days:i]
        return tuple(_drop(sum(d[k] for d in window) / window_days, daily_metrics[i][k]) for k in keys)

    scored = [(daily_metrics[i]['date'], *drops(i)) for i in range(window_days, len(daily_metrics))]
    return [
        {
            'date': date,
            'dau_drop_pct': round(dau, 2),
            'engagement_drop_pct': round(eng, 2),
            'severity': 'high' if max(dau, eng) > 25 else 'medium',
        }
        for date, dau, eng in scored
        if max(dau, eng) > threshold_pct
    ]
