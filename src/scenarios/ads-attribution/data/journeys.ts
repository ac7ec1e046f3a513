/**
 * Simulated users: background impressions (and the odd click) that lead nowhere, plus
 * purchase journeys. A journey runs down the funnel of one advertiser: awareness impressions
 * 3-7 days before the purchase, consideration impressions and clicks 1-3 days before, a
 * retargeting (conversions campaign) impression and often a click in the last hours. That is
 * the planted story: linear attribution credits the early awareness touches, last touch
 * almost never does.
 */
import type { Random } from '../../../core/random'
import { SECONDS_PER_DAY as DAY } from './calendar'
import { OBJECTIVES, pickAd } from './campaigns'
import type { EventLog } from './events'
import type { AdsConfig, Advertiser, CampaignPlan, EventDraft, Objective } from './model'
import { FIRST_SECOND, LAST_SECOND } from './calendar'

/**
 * Simulated campaigns serving on each day, by advertiser and objective: key
 * `${day}|${advertiserId}|${objective}`. Campaigns serve whole days, so a per-day list
 * replaces a filter over every campaign on each of the generator's ~20,000 picks.
 */
type CampaignIndex = Map<string, CampaignPlan[]>

function indexCampaigns(campaigns: CampaignPlan[]): CampaignIndex {
  const index: CampaignIndex = new Map()
  const first = Math.floor(FIRST_SECOND / DAY)
  const last = Math.floor(LAST_SECOND / DAY)
  for (const c of campaigns) {
    if (!c.simulated) continue
    for (let d = Math.max(first, c.startDay); d <= Math.min(last, c.endDay ?? last); d++) {
      const key = `${d}|${c.advertiser.advertiserId}|${c.objective}`
      const list = index.get(key)
      if (list) list.push(c)
      else index.set(key, [c])
    }
  }
  return index
}

/** A campaign of the advertiser with that objective serving at `t`, or null. */
function pickActive(index: CampaignIndex, advertiser: Advertiser, objective: Objective, t: number, random: Random): CampaignPlan | null {
  const serving = index.get(`${Math.floor(t / DAY)}|${advertiser.advertiserId}|${objective}`)
  return serving === undefined ? null : random.pick(serving)
}

const between = (random: Random, low: number, high: number) => Math.floor(low + (high - low) * random.next())

/** A conversion value around the advertiser's basket, in cents precision. */
export function drawValue(advertiser: Advertiser, random: Random): number {
  const value = advertiser.basketUsd * Math.exp(random.normal(0, 0.45))
  return Math.max(300, Math.round(value * 100)) / 100
}

/** An impression, followed by a click with probability `clickChance`; returns both (click may be null). */
function impress(log: EventLog, userId: number, campaign: CampaignPlan, t: number, clickChance: number, random: Random) {
  const adId = pickAd(campaign, random)
  const impression = log.add(userId, campaign, adId, 'impression', t)
  const click = impression && random.chance(clickChance) ? log.add(userId, campaign, adId, 'click', t + random.int(3, 240)) : null
  return { impression, click }
}

const BACKGROUND_CLICK: Record<Objective, number> = { awareness: 0.01, consideration: 0.06, conversions: 0.04 }
const OBJECTIVE_SHARE: readonly (readonly [Objective, number])[] = [['awareness', 5], ['consideration', 3], ['conversions', 2]]

/** Ads seen in passing, any day, any advertiser. */
function simulateBackground(log: EventLog, userId: number, advertisers: Advertiser[], index: CampaignIndex, random: Random): void {
  const count = random.poisson(2.2)
  for (let i = 0; i < count; i++) {
    const t = between(random, FIRST_SECOND, LAST_SECOND)
    const objective = random.weighted(OBJECTIVE_SHARE)
    const campaign = pickActive(index, random.pick(advertisers), objective, t, random)
    if (campaign) impress(log, userId, campaign, t, BACKGROUND_CLICK[objective], random)
  }
}

/**
 * One journey of a user towards an advertiser's product, ending at second `end` in a purchase
 * when `buys` (abandoned journeys leave their impressions and clicks behind, nothing else).
 */
function simulateJourney(
  log: EventLog,
  userId: number,
  advertiser: Advertiser,
  advertisers: Advertiser[],
  index: CampaignIndex,
  end: number,
  buys: boolean,
  random: Random,
): void {
  let lastClick: EventDraft | null = null
  const keep = (pair: { impression: EventDraft | null; click: EventDraft | null }) => {
    if (pair.click && pair.click.t < end && (lastClick === null || pair.click.t >= lastClick.t)) lastClick = pair.click
  }
  // One in ten purchases has no ad touch at all (the pixel still logs it).
  if (!buys || !random.chance(0.1)) {
    for (let i = random.int(1, 3); i > 0; i--) {
      // Now and then an awareness impression falls just outside the 7-day window.
      const back = random.chance(0.08) ? between(random, 7.05 * DAY, 11 * DAY) : between(random, 3.2 * DAY, 7 * DAY)
      const c = pickActive(index, advertiser, 'awareness', end - back, random)
      if (c) keep(impress(log, userId, c, end - back, 0.02, random))
    }
    if (random.chance(0.65)) {
      for (let i = random.int(1, 2); i > 0; i--) {
        const back = between(random, 0.8 * DAY, 3.2 * DAY)
        const c = pickActive(index, advertiser, 'consideration', end - back, random)
        if (c) keep(impress(log, userId, c, end - back, 0.3, random))
      }
    }
    if (random.chance(buys ? 0.75 : 0.4)) {
      const back = between(random, 300, 20 * 3600)
      const c = pickActive(index, advertiser, 'conversions', end - back, random)
      if (c) keep(impress(log, userId, c, end - back, 0.45, random))
    }
    if (random.chance(0.3)) {
      const t = end - between(random, 0.1 * DAY, 6.9 * DAY)
      const other = pickActive(index, random.pick(advertisers), random.pick(OBJECTIVES), t, random)
      if (other && other.advertiser !== advertiser) impress(log, userId, other, t, 0.02, random)
    }
  }
  if (!buys) return
  // The purchase is logged on the journey's last clicked campaign, else on whatever
  // conversions (or consideration) campaign of the advertiser serves at that moment.
  const clicked: EventDraft | null = lastClick
  const logged =
    (clicked as EventDraft | null)?.campaign ??
    pickActive(index, advertiser, 'conversions', end, random) ??
    pickActive(index, advertiser, 'consideration', end, random)
  if (logged) log.add(userId, logged, pickAd(logged, random), 'conversion', end, drawValue(advertiser, random))
}

/** Background traffic and journeys of the simulated users 1..config.users. */
export function simulateUsers(config: AdsConfig, advertisers: Advertiser[], campaigns: CampaignPlan[], log: EventLog, random: Random): void {
  const index = indexCampaigns(campaigns)
  const popularity = advertisers.map((a, i) => [a, 1 + (i % 3)] as const)
  for (let userId = 1; userId <= config.users; userId++) {
    simulateBackground(log, userId, advertisers, index, random)
    for (let j = random.poisson(0.55); j > 0; j--) {
      const end = between(random, FIRST_SECOND + 2 * DAY, LAST_SECOND - 600)
      simulateJourney(log, userId, random.weighted(popularity), advertisers, index, end, random.chance(0.6), random)
    }
  }
}
