# mistake: your drop divides by a zero baseline, so a window of zero-DAU days raises ZeroDivisionError
# hint: A window whose average is 0 has nothing to drop from: treat that drop as 0 instead of dividing.
def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):
    anomalies = []
    if len(daily_metrics) < window_days + 1:
        return anomalies
    for i in range(window_days, len(daily_metrics)):
        current_day = daily_metrics[i]
        baseline_dau = sum(daily_metrics[j]['dau_count'] for j in range(i - window_days, i)) / window_days
        baseline_engagement = sum(daily_metrics[j]['avg_engagement_per_session'] for j in range(i - window_days, i)) / window_days
        dau_drop_pct = (baseline_dau - current_day['dau_count']) / baseline_dau * 100
        engagement_drop_pct = (baseline_engagement - current_day['avg_engagement_per_session']) / baseline_engagement * 100
        if dau_drop_pct > threshold_pct or engagement_drop_pct > threshold_pct:
            anomalies.append({
                'date': current_day['date'],
                'dau_drop_pct': round(dau_drop_pct, 2),
                'engagement_drop_pct': round(engagement_drop_pct, 2),
                'severity': 'high' if max(dau_drop_pct, engagement_drop_pct) > 25 else 'medium',
            })
    return anomalies
