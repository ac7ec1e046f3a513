/**
 * The warehouse's attribution job: for every conversion, the same user's impressions and
 * clicks in [conversion - 7 days, conversion), ordered so the last one is the exercise's last
 * touch (time, then a click after an impression of the same second, then creation order),
 * with their weights under the four models.
 */
import { SECONDS_PER_DAY, WINDOW_SECONDS } from './calendar'
import type { EventDraft, Touchpoint } from './model'

/** Sort key of touches: later time, then click over impression, then later creation = "more last". */
function compareTouches(a: EventDraft, b: EventDraft): number {
  return a.t - b.t || (a.type === 'click' ? 1 : 0) - (b.type === 'click' ? 1 : 0) || a.seq - b.seq
}

/** Weights of one conversion's touches, in touch order. */
function weigh(conversion: EventDraft, touches: EventDraft[]): Touchpoint[] {
  const n = touches.length
  // Time decay: 1 / sqrt(whole days before the conversion + 1), normalised to sum to 1.
  const decay = touches.map((t) => 1 / Math.sqrt(Math.floor((conversion.t - t.t) / SECONDS_PER_DAY) + 1))
  const total = decay.reduce((a, b) => a + b, 0)
  return touches.map((touch, i) => ({
    conversion,
    touch,
    touchIndex: i + 1,
    touchCount: n,
    firstTouch: i === 0 ? 1 : 0,
    lastTouch: i === n - 1 ? 1 : 0,
    linear: 1 / n,
    timeDecay: decay[i] / total,
  }))
}

/** Touchpoints of every conversion that has at least one touch in its window. */
export function attributeConversions(events: EventDraft[]): Touchpoint[] {
  const byUser = new Map<number, EventDraft[]>()
  for (const e of events) {
    let list = byUser.get(e.userId)
    if (!list) byUser.set(e.userId, (list = []))
    list.push(e)
  }
  const touchpoints: Touchpoint[] = []
  for (const list of byUser.values()) {
    const touches = list.filter((e) => e.type !== 'conversion').sort(compareTouches)
    for (const conversion of list) {
      if (conversion.type !== 'conversion') continue
      const inWindow = touches.filter((t) => t.t >= conversion.t - WINDOW_SECONDS && t.t < conversion.t)
      if (inWindow.length > 0) touchpoints.push(...weigh(conversion, inWindow))
    }
  }
  return touchpoints
}
