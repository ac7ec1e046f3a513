/** Shapes shared by the ads-attribution generator's steps. Times are whole seconds since 1970-01-01 UTC. */

export type Objective = 'awareness' | 'consideration' | 'conversions'
export type EventType = 'impression' | 'click' | 'conversion'

/**
 * How a campaign's total_spend_usd is set once revenue is known. Spend is decided last so
 * the visible ROAS story and the tier boundaries hold on every seed:
 * - `target`: linear revenue / a drawn linear ROAS (a campaign without revenue gets `fallbackUsd`);
 * - `ratio`: linear revenue / an exact ratio, for the planted tier-boundary campaigns;
 * - `fixed`: a fixed amount (0 for the make-good and pending campaigns).
 */
export type SpendRule =
  | { kind: 'target'; linearRoas: number; fallbackUsd: number }
  | { kind: 'ratio'; ratio: number }
  | { kind: 'fixed'; usd: number }

/** Why a campaign exists: most are ordinary flights; the rest are planted edge cases. */
export type CampaignRole = 'flight' | 'make-good' | 'quiet' | 'pending'

export interface Advertiser {
  advertiserId: number
  brand: string
  category: string
  /** Typical order value in USD (conversion values scatter around it). */
  basketUsd: number
}

export interface CampaignPlan {
  /** Assigned once every campaign is planned, in start-date order. */
  campaignId: number
  advertiser: Advertiser
  objective: Objective
  name: string
  startDay: number
  /** Null while the campaign is still running. */
  endDay: number | null
  adCount: number
  role: CampaignRole
  /** Simulated journeys and background traffic may use it (planted quiet/pending ones: no). */
  simulated: boolean
  spendRule: SpendRule
  /** Set by the spend step. */
  spendUsd?: number
}

/** One ad event before it becomes a row. `seq` is creation order and breaks same-second ties. */
export interface EventDraft {
  t: number
  seq: number
  userId: number
  campaign: CampaignPlan
  adId: number
  type: EventType
  /** Conversions only. */
  valueUsd: number | null
  /** Filled in when ids are assigned: position in (t, seq) order, and the zero-padded id. */
  order?: number
  eventId?: string
}

/** One conversion's touchpoint with its weights under the four models. */
export interface Touchpoint {
  conversion: EventDraft
  touch: EventDraft
  touchIndex: number
  touchCount: number
  firstTouch: number
  lastTouch: number
  linear: number
  timeDecay: number
}

/** Per-variant knobs, resolved from the variant's seed and scale. */
export interface AdsConfig {
  seed: number
  scale: number
  visible: boolean
  /** Simulated users (planted users come on top). */
  users: number
}
