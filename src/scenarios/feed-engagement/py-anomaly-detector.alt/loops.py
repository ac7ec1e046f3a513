def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    anomalies = []
    if len(daily_metrics) < window_days + 1:
        return anomalies
    for i in range(window_days, len(daily_metrics)):
        dau_total = 0
        eng_total = 0
        for j in range(i - window_days, i):
            dau_total += daily_metrics[j]['dau_count']
            eng_total += daily_metrics[j]['avg_engagement_per_session']
        base_dau = dau_total / window_days
        base_eng = eng_total / window_days
        today = daily_metrics[i]
        dau_drop = 0 if base_dau == 0 else (base_dau - today['dau_count']) / base_dau * 100
        eng_drop = 0 if base_eng == 0 else (base_eng - today['avg_engagement_per_session']) / base_eng * 100
        if dau_drop > threshold_pct or eng_drop > threshold_pct:
            anomalies.append({
                'date': today['date'],
                'dau_drop_pct': round(dau_drop, 2),
                'engagement_drop_pct': round(eng_drop, 2),
                'severity': 'high' if max(dau_drop, eng_drop) > 25 else 'medium',
            })
    return anomalies
