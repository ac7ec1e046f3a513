/**
 * Reference for `feed-engagement/py-engagement-processor`: class `UserEngagementProcessor`
 * (contract "Scenario feed-engagement"; seed Solution 1.4, whose thresholds and weights are
 * taken as they are).
 */
import { dateOf, formatDate, parseIsoDate, parseIsoDatetime, secondsBetween, type PyDatetime } from '../../engine/python/python-datetime'
import { PyError, hashKey, pyItem, roundLikePython } from '../../engine/python/python-semantics'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'
import { runSteps, type PyCallable } from '../../engine/python/run-steps'
import { pyFloat } from '../../engine/python/python-values'

interface Session {
  start: PyDatetime
  last: PyDatetime
  viewed: number
  liked: number
  shared: number
  commented: number
  scrolls: number
  isBounce: boolean
}

interface Day {
  /** hashKey -> user id, for `len(dau)` and the MAU union. */
  dau: Map<string, JsonValue>
  sessions: number
  engagement: number
}

/** Engagement points per event type added to the event's date (seed 1.4). */
const DAILY_POINTS: Record<string, number> = { post_like: 1, post_share: 3, post_comment: 5 }

export function createEngagementProcessor(): Record<string, PyCallable> {
  const sessions = new Map<string, Map<string, Session>>()
  const days = new Map<number, Day>()
  const dayAt = (d: number): Day => {
    let day = days.get(d)
    if (!day) days.set(d, (day = { dau: new Map(), sessions: 0, engagement: 0 }))
    return day
  }

  function processUserEvent(event: JsonValue): JsonValue {
    try {
      return applyEvent(event)
    } catch (error) {
      // Missing key or unparseable timestamp: None. Both are found before any state changes.
      if (error instanceof PyError && ['KeyError', 'ValueError', 'TypeError'].includes(error.type)) return null
      throw error
    }
  }

  function applyEvent(event: JsonValue): JsonValue {
    const userId = pyItem(event, 'user_id')
    const sessionId = pyItem(event, 'session_id')
    const eventType = pyItem(event, 'event_type')
    const timestamp = parseIsoDatetime(pyItem(event, 'timestamp'))
    const userKey = hashKey(userId)
    const sessionKey = hashKey(sessionId)
    const date = dateOf(timestamp)
    let userSessions = sessions.get(userKey)
    if (!userSessions) sessions.set(userKey, (userSessions = new Map()))
    let session = userSessions.get(sessionKey)
    if (!session) {
      session = { start: timestamp, last: timestamp, viewed: 0, liked: 0, shared: 0, commented: 0, scrolls: 0, isBounce: true }
      userSessions.set(sessionKey, session)
      dayAt(date).sessions += 1
    }
    session.last = timestamp
    if (eventType === 'post_view') {
      session.viewed += 1
      session.isBounce = false
      dayAt(date).dau.set(userKey, userId)
    } else if (eventType === 'post_like') session.liked += 1
    else if (eventType === 'post_share') session.shared += 1
    else if (eventType === 'post_comment') session.commented += 1
    else if (eventType === 'scroll') session.scrolls += 1
    if (typeof eventType === 'string' && eventType in DAILY_POINTS) dayAt(date).engagement += DAILY_POINTS[eventType]
    return describeSession(userId, sessionId, session)
  }

  function getDailyMetrics(dateText: JsonValue): JsonValue {
    const date = parseIsoDate(dateText)
    const day = days.get(date) ?? { dau: new Map(), sessions: 0, engagement: 0 }
    return {
      date: formatDate(date),
      dau_count: day.dau.size,
      total_sessions: day.sessions,
      total_engagement_events: day.engagement,
      avg_engagement_per_session: pyFloat(roundLikePython(day.engagement / Math.max(day.sessions, 1), 2)),
    }
  }

  function calculateDauMauRatio(dateText: JsonValue): JsonValue {
    const date = parseIsoDate(dateText)
    const mau = new Set<string>()
    for (let i = 0; i < 30; i++) for (const key of days.get(date - i)?.dau.keys() ?? []) mau.add(key)
    const dau = days.get(date)?.dau.size ?? 0
    return { date: formatDate(date), dau, mau: mau.size, dau_mau_ratio: mau.size > 0 ? pyFloat(roundLikePython(dau / mau.size, 3)) : 0 }
  }

  return {
    process_user_event: { params: [['event']], call: ([e]) => processUserEvent(e) },
    get_daily_metrics: { params: [['date']], call: ([d]) => getDailyMetrics(d) },
    calculate_dau_mau_ratio: { params: [['current_date']], call: ([d]) => calculateDauMauRatio(d) },
  }
}

/** Seed 1.4 `_calculate_session_health`: score weights and health thresholds as the seed has them. */
function describeSession(userId: JsonValue, sessionId: JsonValue, s: Session): JsonValue {
  const minutes = secondsBetween(s.last, s.start) / 60
  const score = s.viewed * 1 + s.liked * 2 + s.shared * 4 + s.commented * 6
  const health =
    score >= 20 && minutes >= 5 ? 'highly_engaged' : score >= 10 && minutes >= 2 ? 'moderately_engaged' : score >= 3 ? 'lightly_engaged' : 'at_risk'
  return {
    user_id: userId,
    session_id: sessionId,
    duration_minutes: pyFloat(roundLikePython(minutes, 2)),
    engagement_score: score,
    health_status: health,
    is_bounce: s.isBounce,
  }
}

/** Interprets a case's steps against the reference (construct, then method calls). */
export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, { classes: { UserEngagementProcessor: { params: [], create: createEngagementProcessor } } })
}
