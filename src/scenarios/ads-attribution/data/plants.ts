/**
 * Planted users whose few events pin down the edge cases of the SQL exercises. Each exists
 * in every variant by construction (the generator throws if one cannot be placed), so every
 * hidden dataset still separates the right answer from the common wrong ones. Conversion days
 * are drawn per seed inside fixed June ranges; times of day are fixed so the gaps are exact.
 */
import type { Random } from '../../../core/random'
import { SECONDS_PER_DAY as DAY, WINDOW_SECONDS, midnightOf } from './calendar'
import { isActiveAt, pickAd } from './campaigns'
import type { EventLog } from './events'
import { drawValue } from './journeys'
import type { CampaignPlan, EventType } from './model'

const HOUR = 3600

/** Labels of the planted conversions, for the dataset tests and mentors (user id -> label). */
export type PlantedUsers = Record<string, number>

interface PlantContext {
  log: EventLog
  campaigns: CampaignPlan[]
  random: Random
  nextUserId: () => number
}

/**
 * A simulated campaign serving at every given second, skipping `avoid`; the choice is random
 * among those that qualify, so variants differ, but one always exists (flight B campaigns of
 * nine advertisers serve through June 30).
 */
function servingAt(ctx: PlantContext, times: number[], avoid: CampaignPlan[] = [], pred: (c: CampaignPlan) => boolean = () => true): CampaignPlan {
  const options = ctx.campaigns.filter(
    (c) => c.simulated && c.role === 'flight' && !avoid.includes(c) && pred(c) && times.every((t) => isActiveAt(c, t)),
  )
  if (options.length === 0) throw new Error(`ads-attribution: no campaign serves at ${times.join(', ')} for a planted user`)
  return ctx.random.pick(options)
}

/** One planted user: `touches` are [campaign, type, second], then the conversion. */
function plantUser(
  ctx: PlantContext,
  touches: [CampaignPlan, EventType, number][],
  conversion: { campaign: CampaignPlan; t: number; value?: number } | null,
): number {
  const userId = ctx.nextUserId()
  for (const [campaign, type, t] of touches) ctx.log.plant(userId, campaign, pickAd(campaign, ctx.random), type, t)
  if (conversion) {
    const value = conversion.value ?? drawValue(conversion.campaign.advertiser, ctx.random)
    ctx.log.plant(userId, conversion.campaign, pickAd(conversion.campaign, ctx.random), 'conversion', conversion.t, value)
  }
  return userId
}

/** A second on a June day drawn from [firstDay, lastDay] (day of month) at a fixed time. */
function juneAt(random: Random, firstDay: number, lastDay: number, hours: number, minutes = 0): number {
  return midnightOf('2024-06-01') + (random.int(firstDay, lastDay) - 1) * DAY + hours * HOUR + minutes * 60
}

/** Plants every edge-case user and returns their ids by label. */
export function plantEdgeCases(ctx: PlantContext): PlantedUsers {
  const { random } = ctx
  const planted: PlantedUsers = {}
  const byRole = (role: CampaignPlan['role']) => ctx.campaigns.filter((c) => c.role === role)
  const makeGood = byRole('make-good')[0]

  // A touch of another campaign at exactly the conversion's second must not count
  // (the window is [T - 7 days, T)): the make-good impression 2 hours earlier is the last touch.
  // The purchase is logged on a third campaign, the one first seen.
  {
    const T = juneAt(random, 8, 14, 15, 30)
    const atT = servingAt(ctx, [T], [makeGood])
    const early = servingAt(ctx, [T - 3 * DAY, T], [makeGood, atT])
    planted['touch-at-conversion-instant'] = plantUser(
      ctx,
      [[early, 'impression', T - 3 * DAY], [makeGood, 'impression', T - 2 * HOUR], [atT, 'click', T]],
      { campaign: early, t: T },
    )
  }

  // A click and an impression of different campaigns at the same second, the impression with
  // the larger event_id (created second): the click is the last touch.
  {
    const T = juneAt(random, 15, 20, 11)
    const clicked = servingAt(ctx, [T - 3 * HOUR - 40, T])
    const seen = servingAt(ctx, [T - 3 * HOUR], [clicked])
    planted['click-impression-tie'] = plantUser(
      ctx,
      [[clicked, 'impression', T - 3 * HOUR - 40], [clicked, 'click', T - 3 * HOUR], [seen, 'impression', T - 3 * HOUR]],
      { campaign: clicked, t: T },
    )
  }

  // Two impressions of different campaigns at the same second: the larger event_id wins.
  {
    const T = juneAt(random, 21, 25, 9, 45)
    const first = servingAt(ctx, [T - HOUR])
    const second = servingAt(ctx, [T - HOUR], [first])
    planted['impression-impression-tie'] = plantUser(
      ctx,
      [[first, 'impression', T - HOUR], [second, 'impression', T - HOUR]],
      { campaign: second, t: T },
    )
  }

  // Only touches more than 7 days earlier: unattributed. The nearer one (7 days + 2 hours,
  // on the calendar day of T - 7 days) is let in by a window on whole dates.
  {
    const T = juneAt(random, 10, 26, 14)
    const a = servingAt(ctx, [T - WINDOW_SECONDS - 2 * HOUR, T])
    const b = servingAt(ctx, [T - 9 * DAY], [a])
    planted['touches-just-outside-window'] = plantUser(
      ctx,
      [[b, 'impression', T - 9 * DAY], [a, 'click', T - WINDOW_SECONDS - 2 * HOUR]],
      { campaign: a, t: T },
    )
  }
  {
    const T = juneAt(random, 15, 27, 10)
    const a = servingAt(ctx, [T - 12 * DAY, T])
    planted['touch-twelve-days-before'] = plantUser(ctx, [[a, 'impression', T - 12 * DAY]], { campaign: a, t: T })
  }

  // A touch exactly 7 days before the conversion counts (inclusive lower bound); it is the
  // only touch inside the window, so an exclusive bound loses the conversion.
  {
    const T = juneAt(random, 12, 28, 16, 20)
    const exact = servingAt(ctx, [T - WINDOW_SECONDS, T])
    const older = servingAt(ctx, [T - 8 * DAY], [exact])
    planted['touch-exactly-seven-days-before'] = plantUser(
      ctx,
      [[older, 'impression', T - 8 * DAY], [exact, 'click', T - WINDOW_SECONDS]],
      { campaign: exact, t: T },
    )
  }

  // Month edges: a conversion one second into June (touched in May), one late on May 31
  // (not June) and one late on June 30 (a timestamp BETWEEN '2024-06-01' AND '2024-06-30' misses it).
  {
    const T = midnightOf('2024-06-01')
    const c = servingAt(ctx, [T - 2 * DAY, T])
    planted['conversion-at-june-start'] = plantUser(ctx, [[c, 'click', T - 2 * DAY]], { campaign: c, t: T })
  }
  {
    const T = midnightOf('2024-05-31') + 23 * HOUR + 50 * 60
    const c = servingAt(ctx, [T - 4 * HOUR, T])
    planted['conversion-on-may-31'] = plantUser(ctx, [[c, 'click', T - 4 * HOUR]], { campaign: c, t: T })
  }
  {
    const T = midnightOf('2024-06-30') + 22 * HOUR + 10 * 60
    const c = servingAt(ctx, [T - HOUR, T], [], (x) => x.objective === 'conversions')
    planted['conversion-late-june-30'] = plantUser(ctx, [[c, 'impression', T - HOUR], [c, 'click', T - HOUR + 25]], {
      campaign: c,
      t: T,
    })
  }

  // The quiet campaigns: impressions (and one click on the second) from users who never buy.
  const [quiet, quiet2] = byRole('quiet')
  for (let i = 0; i < 3; i++) {
    const touches: [CampaignPlan, EventType, number][] = [
      [quiet, 'impression', midnightOf('2024-06-24') + random.int(0, 6) * DAY + random.int(0, DAY - 1)],
      [quiet2, 'impression', midnightOf('2024-06-26') + random.int(0, 4) * DAY + random.int(0, DAY - 100)],
    ]
    if (i === 0) touches.push([quiet2, 'click', touches[1][2] + 30])
    planted[`quiet-viewer-${i + 1}`] = plantUser(ctx, touches, null)
  }

  // Two purchases of the same value, each last touched by one click of the same campaign (a
  // June one when possible, so campaign ROAS sees them too): revenue adds rows; it never
  // de-duplicates equal values.
  {
    const T1 = juneAt(random, 5, 12, 13, 15)
    const T2 = T1 + 2 * DAY + 3 * HOUR
    const times = [T1 - HOUR, T1, T2 - HOUR, T2]
    const juneStart = midnightOf('2024-06-01') / DAY
    const june = ctx.campaigns.some((c) => c.simulated && c.role === 'flight' && c.startDay >= juneStart && times.every((t) => isActiveAt(c, t)))
    const c = servingAt(ctx, times, [], (x) => !june || x.startDay >= juneStart)
    const value = drawValue(c.advertiser, random)
    planted['same-value-purchase-1'] = plantUser(ctx, [[c, 'click', T1 - HOUR]], { campaign: c, t: T1, value })
    planted['same-value-purchase-2'] = plantUser(ctx, [[c, 'click', T2 - HOUR]], { campaign: c, t: T2, value })
  }
  return planted
}
