/**
 * Advertisers and their campaigns. Each advertiser runs two flights of three campaigns
 * (awareness, consideration, conversions): flight A from April or early May, flight B from
 * late May or June. Four planted campaigns sit on top (see `plantCampaigns`).
 */
import type { Random } from '../../../core/random'
import { fromDayNumber, toDayNumber } from '../../../datasets/dates'
import type { Advertiser, CampaignPlan, Objective } from './model'

const BRANDS: readonly (readonly [string, string, number])[] = [
  ['Northwind Outfitters', 'apparel', 68],
  ['Voltique', 'electronics', 240],
  ['Bluegate Travel', 'travel', 410],
  ['Petal & Pine', 'beauty', 34],
  ['Hearthly', 'home', 120],
  ['Pixelforge Games', 'games', 22],
  ['Trailmark', 'sports', 85],
  ['Cinder Coffee', 'grocery', 29],
  ['Lumen Labs', 'electronics', 310],
  ['Oakline Furniture', 'home', 380],
]

export const OBJECTIVES: readonly Objective[] = ['awareness', 'consideration', 'conversions']

/** Linear ROAS each objective's spend is set for (upper-funnel campaigns look worse by last touch). */
const TARGET_LINEAR_ROAS: Record<Objective, readonly [number, number]> = {
  awareness: [1.2, 2.6],
  consideration: [0.8, 2.3],
  conversions: [1.4, 3.6],
}

const LABEL: Record<Objective, string> = { awareness: 'Awareness', consideration: 'Consideration', conversions: 'Conversions' }

const day = (date: string) => toDayNumber(date)
const monthName = (d: number) => (fromDayNumber(d) < '2024-05-01' ? 'Spring' : fromDayNumber(d) < '2024-06-01' ? 'May' : 'June')

function draft(
  advertiser: Advertiser,
  objective: Objective,
  startDay: number,
  endDay: number | null,
  random: Random,
): CampaignPlan {
  const [low, high] = TARGET_LINEAR_ROAS[objective]
  return {
    campaignId: 0,
    advertiser,
    objective,
    name: `${advertiser.brand} - ${LABEL[objective]} - ${monthName(startDay)}`,
    startDay,
    endDay,
    adCount: random.int(2, 4),
    role: 'flight',
    simulated: true,
    spendRule: {
      kind: 'target',
      linearRoas: low + (high - low) * random.next(),
      fallbackUsd: random.int(15_000, 90_000) / 100,
    },
  }
}

/** The advertisers, the same in every variant (ids 201..210). */
export function listAdvertisers(): Advertiser[] {
  return BRANDS.map(([brand, category, basketUsd], i) => ({ advertiserId: 201 + i, brand, category, basketUsd }))
}

/**
 * Regular flights. Flight A of every even-indexed advertiser ends in May, so those campaigns
 * have no June events at all; flight B of advertiser 0 starts on 2024-05-31 (kept out by
 * ">= '2024-06-01'", let in by the seed's "CURRENT_DATE - 30 days") and of advertiser 1 on
 * 2024-06-01 exactly (dropped by a strict "> '2024-06-01'").
 */
function planFlights(advertisers: Advertiser[], random: Random): CampaignPlan[] {
  const campaigns: CampaignPlan[] = []
  advertisers.forEach((advertiser, i) => {
    const startA = day('2024-04-08') + random.int(0, 30)
    const endA = i % 2 === 0 ? Math.max(startA + 14, day('2024-05-10') + random.int(0, 18)) : null
    const startB = i === 0 ? day('2024-05-31') : i === 1 ? day('2024-06-01') : day('2024-06-02') + random.int(0, 14)
    const endB = i > 1 && random.chance(0.25) ? day('2024-06-20') + random.int(0, 9) : null
    for (const [start, end] of [[startA, endA], [startB, endB]] as const) {
      OBJECTIVES.forEach((objective, k) => {
        // Awareness opens the flight; the lower-funnel campaigns follow within days.
        const offset = k === 0 ? 0 : random.int(0, 1 + 2 * k)
        // A staggered start still leaves the campaign a week to serve before its flight ends.
        const last = end === null ? null : Math.min(Math.max(end, start + offset + 7), day('2024-06-30'))
        campaigns.push(draft(advertiser, objective, start + offset, last, random))
      })
    }
  })
  return campaigns
}

/**
 * The planted campaigns, all starting in June:
 * - make-good: awareness, no charge (total_spend_usd = 0, so every ROAS is NULL), with touchpoints;
 * - quiet: starts 06-24, impressions but no clicks and no touchpoints, spend > 0 (ROAS 0.00, cvr NULL);
 * - quiet-2: starts 06-26, impressions and one click, no touchpoints, spend > 0 (ties quiet at 0.00);
 * - pending: starts 06-29, no events at all and no spend.
 */
function plantCampaigns(advertisers: Advertiser[], random: Random): CampaignPlan[] {
  const make = (i: number, objective: Objective, start: string, role: CampaignPlan['role'], usd: number, name: string): CampaignPlan => ({
    ...draft(advertisers[i], objective, day(start), null, random),
    name: `${advertisers[i].brand} - ${name}`,
    role,
    simulated: role === 'make-good',
    spendRule: { kind: 'fixed', usd },
  })
  return [
    make(2, 'awareness', '2024-06-05', 'make-good', 0, 'Awareness make-good (no charge)'),
    make(3, 'consideration', '2024-06-24', 'quiet', 240, 'Consideration - Summer teaser'),
    make(4, 'awareness', '2024-06-26', 'quiet', 175.5, 'Awareness - Summer teaser'),
    make(5, 'conversions', '2024-06-29', 'pending', 0, 'Conversions - July launch'),
  ]
}

/** Every campaign, ids assigned in start-date order (then advertiser, then objective). */
export function planCampaigns(advertisers: Advertiser[], random: Random): CampaignPlan[] {
  const all = [...planFlights(advertisers, random.fork('flights')), ...plantCampaigns(advertisers, random.fork('plants'))]
  const objectiveOrder = (o: Objective) => OBJECTIVES.indexOf(o)
  all.sort(
    (a, b) =>
      a.startDay - b.startDay ||
      a.advertiser.advertiserId - b.advertiser.advertiserId ||
      objectiveOrder(a.objective) - objectiveOrder(b.objective) ||
      a.role.localeCompare(b.role),
  )
  all.forEach((c, i) => (c.campaignId = 3101 + i))
  return all
}

/** An ad of the campaign: ad ids are campaign_id * 10 + 1..adCount. */
export function pickAd(campaign: CampaignPlan, random: Random): number {
  return campaign.campaignId * 10 + random.int(1, campaign.adCount)
}

/** True when the campaign can serve at second `t` (from its start day to the end of its end day). */
export function isActiveAt(campaign: CampaignPlan, t: number): boolean {
  const start = campaign.startDay * 86_400
  const end = campaign.endDay === null ? Infinity : (campaign.endDay + 1) * 86_400
  return t >= start && t < end
}
