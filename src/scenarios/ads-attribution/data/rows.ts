/** Turns campaign plans, event drafts and touchpoints into the rows of the three tables. */
import type { Row } from '../../../datasets/types'
import { fromDayNumber } from '../../../datasets/dates'
import { SECONDS_PER_DAY, WINDOW_HOURS } from './calendar'
import type { CampaignPlan, EventDraft, Touchpoint } from './model'

export function buildCampaignRows(campaigns: CampaignPlan[]): Row[] {
  return campaigns.map((c) => ({
    campaign_id: c.campaignId,
    advertiser_id: c.advertiser.advertiserId,
    campaign_name: c.name,
    objective: c.objective,
    campaign_start_date: fromDayNumber(c.startDay),
    campaign_end_date: c.endDay === null ? null : fromDayNumber(c.endDay),
    total_spend_usd: c.spendUsd ?? 0,
  }))
}

/**
 * Sorts the drafts by time then creation and gives them their ids: 'ev' and seven digits,
 * so text order is creation order. Mutates the drafts (eventId) and returns them sorted.
 */
export function assignEventIds(drafts: EventDraft[]): EventDraft[] {
  const sorted = drafts.slice().sort((a, b) => a.t - b.t || a.seq - b.seq)
  sorted.forEach((e, i) => {
    e.order = i
    e.eventId = `ev${String(i + 1).padStart(7, '0')}`
  })
  return sorted
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))

/** 'HH:MM:SS' of a second within the day (formatTimestamp's work, without its per-call cost on 10,000 rows). */
function timeOfDay(second: number): string {
  return `${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}`
}

export function buildEventRows(sorted: EventDraft[]): Row[] {
  return sorted.map((e) => {
    const day = Math.floor(e.t / SECONDS_PER_DAY)
    const date = fromDayNumber(day)
    return {
      event_id: e.eventId!,
      user_id: e.userId,
      ad_id: e.adId,
      campaign_id: e.campaign.campaignId,
      event_type: e.type,
      event_timestamp: `${date} ${timeOfDay(e.t - day * SECONDS_PER_DAY)}`,
      attribution_window_hours: WINDOW_HOURS,
      conversion_value_usd: e.valueUsd,
      product_category: e.campaign.advertiser.category,
      date_partition: date,
    }
  })
}

/** Touchpoint rows in primary-key order: conversion, then touchpoint event id (ids follow `order`). */
export function buildTouchpointRows(touchpoints: Touchpoint[]): Row[] {
  const sorted = touchpoints.slice().sort((a, b) => a.conversion.order! - b.conversion.order! || a.touch.order! - b.touch.order!)
  return sorted.map((tp) => ({
    conversion_event_id: tp.conversion.eventId!,
    touchpoint_event_id: tp.touch.eventId!,
    user_id: tp.conversion.userId,
    campaign_id: tp.touch.campaign.campaignId,
    touch_index: tp.touchIndex,
    touch_count: tp.touchCount,
    first_touch_weight: tp.firstTouch,
    last_touch_weight: tp.lastTouch,
    linear_weight: tp.linear,
    time_decay_weight: tp.timeDecay,
    conversion_value_usd: tp.conversion.valueUsd,
  }))
}
