import { describe, expect, it } from 'vitest'
import { getPythonGrading } from '../../support/python-gradings'
import type { JsonValue, PythonStep, StepOutcome } from '../../../src/engine/python/types'
import { call, construct, method } from '../../../src/engine/python/case-helpers'
import { pyFloat } from '../../../src/engine/python/python-values'

/** A float as Python returns it: whole ones are marked (`2.0`, not the int 2). */
const F = pyFloat

/** The value of each graded (non-construct) step; fails the test on an exception. */
function values(id: string, steps: PythonStep[]): JsonValue[] {
  const out = getPythonGrading(id).reference(steps)
  return out.flatMap((o: StepOutcome, i) => {
    if (!o.ok) throw new Error(`${id} raised ${o.error.type}: ${o.error.message}`)
    return steps[i].kind === 'construct' ? [] : [o.value]
  })
}
const only = (id: string, steps: PythonStep[]) => values(id, steps).at(-1)

describe('feed-engagement/py-engagement-processor', () => {
  const id = 'feed-engagement/py-engagement-processor'
  const ev = (e: Record<string, JsonValue>) => method('process_user_event', [e])
  it('returns None and keeps state for a missing key or an unparseable timestamp', () => {
    expect(values(id, [construct('UserEngagementProcessor'), ev({ user_id: 1, event_type: 'post_view', timestamp: '2024-01-01T00:00:00' }), ev({ user_id: 1, session_id: 's', event_type: 'post_view', timestamp: 'soon' }), method('get_daily_metrics', ['2024-01-01'])])).toEqual([
      null,
      null,
      { date: '2024-01-01', dau_count: 0, total_sessions: 0, total_engagement_events: 0, avg_engagement_per_session: F(0) },
    ])
  })
  it('scores a session with the seed weights and thresholds', () => {
    const steps = [construct('UserEngagementProcessor'), ev({ user_id: 1, session_id: 's', event_type: 'post_comment', timestamp: '2024-01-01T10:00:00' }), ev({ user_id: 1, session_id: 's', event_type: 'post_share', timestamp: '2024-01-01T10:02:00' })]
    expect(only(id, steps)).toEqual({ user_id: 1, session_id: 's', duration_minutes: F(2), engagement_score: 10, health_status: 'moderately_engaged', is_bounce: true })
  })
  it('rounds the per-session average like Python (0.125 -> 0.12)', () => {
    const steps = [construct('UserEngagementProcessor'), ...Array.from({ length: 8 }, (_, i) => ev({ user_id: i, session_id: `s${i}`, event_type: i ? 'scroll' : 'post_like', timestamp: '2024-01-01T10:00:00' })), method('get_daily_metrics', ['2024-01-01'])]
    expect(only(id, steps)).toMatchObject({ avg_engagement_per_session: 0.12 })
  })
  it('counts MAU over the 30 days ending on the date, and ratio 0 without MAU', () => {
    const steps = [construct('UserEngagementProcessor'), ev({ user_id: 1, session_id: 'a', event_type: 'post_view', timestamp: '2024-06-01T10:00:00' }), ev({ user_id: 2, session_id: 'b', event_type: 'post_view', timestamp: '2024-06-30T10:00:00' }), method('calculate_dau_mau_ratio', ['2024-06-30']), method('calculate_dau_mau_ratio', ['2024-07-01']), method('calculate_dau_mau_ratio', ['2025-01-01'])]
    expect(values(id, steps).slice(2)).toEqual([
      { date: '2024-06-30', dau: 1, mau: 2, dau_mau_ratio: 0.5 },
      { date: '2024-07-01', dau: 0, mau: 1, dau_mau_ratio: F(0) },
      { date: '2025-01-01', dau: 0, mau: 0, dau_mau_ratio: 0 },
    ])
  })
})

describe('feed-engagement/py-anomaly-detector', () => {
  const id = 'feed-engagement/py-anomaly-detector'
  const rows = (xs: Array<[number, number]>) => xs.map(([d, a], i) => ({ date: `d${i}`, dau_count: d, avg_engagement_per_session: a }))
  it('does not divide by a zero baseline (seed bug 1.4)', () => {
    expect(only(id, [call('detect_engagement_anomalies', [rows([[0, 0], [0, 0], [0, 0]])], { window_days: 2 })])).toEqual([])
    expect(only(id, [call('detect_engagement_anomalies', [rows([[0, 2], [0, 2], [0, 1]])], { window_days: 2 })])).toEqual([{ date: 'd2', dau_drop_pct: F(0), engagement_drop_pct: F(50), severity: 'high' }])
  })
  it('returns [] with fewer than window_days + 1 entries', () => {
    expect(only(id, [call('detect_engagement_anomalies', [rows([[9, 1], [1, 1]])], { window_days: 2 })])).toEqual([])
  })
  it('flags strictly above the threshold; severity high only above 25', () => {
    expect(only(id, [call('detect_engagement_anomalies', [rows([[4, 1], [4, 1], [3, 1]]), 2, 25.0])])).toEqual([])
    expect(only(id, [call('detect_engagement_anomalies', [rows([[4, 1], [4, 1], [3, 1]]), 2])])).toEqual([{ date: 'd2', dau_drop_pct: F(25), engagement_drop_pct: F(0), severity: 'medium' }])
  })
})

describe('reels-sessions/py-event-parser', () => {
  const id = 'reels-sessions/py-event-parser'
  const parse = (v: JsonValue) => only(id, [call('parse_event', [v])])
  const base = { event_id: 'e', event_type: 'like', user_id: 1, video_id: 2, timestamp: '2024-06-30T10:00:00Z' }
  it('rejects booleans as ids (seed bug 2.4)', () => {
    expect(parse(JSON.stringify({ ...base, user_id: true }))).toBeNull()
    expect(parse(JSON.stringify({ ...base, video_id: true }))).toBeNull()
  })
  it('returns None for non-object metadata instead of raising (seed bug 2.4)', () => {
    expect(parse(JSON.stringify({ ...base, metadata: [] }))).toBeNull()
    expect(parse(JSON.stringify({ ...base, metadata: 'x' }))).toBeNull()
  })
  it('rejects a float id and a non-JSON text', () => {
    expect(parse('{"event_id": "e", "event_type": "like", "user_id": 1.0, "video_id": 2, "timestamp": "2024-06-30T10:00:00"}')).toBeNull()
    expect(parse('not json')).toBeNull()
    expect(parse(null)).toBeNull()
  })
  it('returns the fields plus parsed_timestamp (UTC for Z) and metadata defaults', () => {
    expect(parse(JSON.stringify({ ...base, metadata: null }))).toEqual({ ...base, metadata: null, parsed_timestamp: '2024-06-30T10:00:00+00:00', view_duration_ms: 0, video_position: F(0) })
  })
})

describe('reels-sessions/py-rolling-metrics', () => {
  const id = 'reels-sessions/py-rolling-metrics'
  it('counts events exactly window_hours old, reads now from the caller, and gives zeros to unknown users', () => {
    const steps = [
      construct('UserMetricsTracker', [], { window_hours: 1 }),
      method('update_user_metrics', [1, { event_type: 'video_view', timestamp: '2024-06-30T10:00:00', view_duration_ms: 30000 }]),
      method('update_user_metrics', [1, { event_type: 'like', timestamp: '2024-06-30T10:30:00' }]),
      method('get_user_metrics', [1, '2024-06-30T11:00:00']),
      method('get_user_metrics', [1, '2024-06-30T11:00:01']),
      method('get_user_metrics', [2, '2024-06-30T11:00:00']),
    ]
    expect(values(id, steps).slice(2)).toEqual([
      { videos_watched: 1, total_engagement_time_minutes: 0.5, likes: 1, views: 1, engagement_rate: F(1) },
      { videos_watched: 0, total_engagement_time_minutes: F(0), likes: 1, views: 0, engagement_rate: F(0) },
      { videos_watched: 0, total_engagement_time_minutes: F(0), likes: 0, views: 0, engagement_rate: F(0) },
    ])
  })
})

describe('reels-sessions/py-viral-detector', () => {
  const id = 'reels-sessions/py-viral-detector'
  const e = (video_id: number, event_type: string, timestamp = '2024-06-30T11:00:00') => ({ video_id, event_type, timestamp })
  it('includes both window ends, skips events missing keys, orders by ratio then id', () => {
    const events = [e(2, 'video_view', '2024-06-30T10:00:00'), e(2, 'share', '2024-06-30T12:00:00'), e(2, 'share'), e(1, 'video_view'), e(1, 'comment'), e(1, 'share'), { event_type: 'share', timestamp: '2024-06-30T11:00:00' }, e(3, 'video_view', '2024-06-30T09:59:59'), e(3, 'share')]
    expect(only(id, [call('detect_viral_videos', [events, '2024-06-30T12:00:00'], { min_views: 1 })])).toEqual([1, 2])
  })
})

describe('ads-attribution/py-attribution-calculator', () => {
  const id = 'ads-attribution/py-attribution-calculator'
  const ad = (event_type: string, timestamp: string, campaign_id = 1) => method('process_ad_event', [{ user_id: 1, ad_id: 1, campaign_id, event_type, timestamp, conversion_value: 10 }])
  it('does not count the conversion as its own touchpoint (seed bug 3.4)', () => {
    const out = values(id, [construct('AttributionCalculator'), ad('conversion', '2024-06-01T00:00:00'), ad('conversion', '2024-06-02T00:00:00')])
    expect(out).toEqual([{ error: 'No touchpoints found within attribution window' }, { error: 'No touchpoints found within attribution window' }])
  })
  it('normalises time decay over whole days', () => {
    const out = only(id, [construct('AttributionCalculator'), ad('impression', '2024-06-01T00:00:00', 1), ad('click', '2024-06-04T12:00:00', 2), ad('conversion', '2024-06-04T13:00:00')]) as Record<string, Record<string, number[]>>
    const raw = [1 / Math.sqrt(4), 1]
    expect(out.attribution_weights.time_decay).toEqual(raw.map((w) => w / (raw[0] + raw[1])))
    expect(out).toMatchObject({ touchpoint_count: 2, first_touch_campaign: 1, last_touch_campaign: 2 })
  })
})

describe('pymk', () => {
  const users: Array<Record<string, JsonValue>> = [
    { user_id: 1, country_code: 'US', friend_ids: [2, 3], last_active_days_ago: 0 },
    { user_id: 2, friend_ids: [4], last_active_days_ago: 5 },
    { user_id: 3, friend_ids: [4], last_active_days_ago: 0 },
    { user_id: 4, country_code: 'US', is_private: true, last_active_days_ago: 9 },
  ]
  it('generate_recommendations follows the seed scoring: mutual friends come from the lists, not a symmetric graph', () => {
    // User 4 lists no friends, so it has no mutual friend here: private, -10, +3 country -> left out.
    expect(only('pymk/py-recommendations', [call('generate_recommendations', [1, users, 5])])).toEqual([])
    // Listing them: 2 mutual (10) + same country (3) + private with >= 2 mutual (3) = 16.
    const listed = users.map((u) => (u.user_id === 4 ? { ...u, friend_ids: [2, 3] } : u))
    expect(only('pymk/py-recommendations', [call('generate_recommendations', [1, listed, 5])])).toEqual([4])
  })
  it('find_friend_of_friend_candidates lists a candidate once (seed bug 6.4)', () => {
    expect(only('pymk/py-friend-of-friend', [construct('SocialGraphAnalyzer', [users]), method('find_friend_of_friend_candidates', [1])])).toEqual([
      { user_id: 4, connection_strength: (1.5 + 2) / 2, mutual_friend_ids: [2, 3] },
    ])
  })
})
