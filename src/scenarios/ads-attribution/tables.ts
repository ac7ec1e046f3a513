import type { TableSpec } from '../../datasets/types'
import { EVENTS_START, WINDOW_HOURS } from './data/calendar'

/**
 * The ads-attribution tables exactly as the exercise contract declares them
 * (`/work/shared/spec/exercises.md`), with learner-facing descriptions and the indexes a
 * warehouse would carry on its join and filter keys.
 */

const campaigns: TableSpec = {
  name: 'dim_ad_campaigns',
  description:
    'One row per ad campaign (grain: campaign), including campaigns that have not served an ad yet. ' +
    'Spend is the total billed to date.',
  columns: [
    { name: 'campaign_id', type: 'INTEGER', description: 'Campaign identifier.' },
    { name: 'advertiser_id', type: 'INTEGER', notNull: true, description: 'The advertiser who runs (and pays for) the campaign.' },
    { name: 'campaign_name', type: 'TEXT', notNull: true, description: 'Name the advertiser gave the campaign.' },
    {
      name: 'objective',
      type: 'TEXT',
      notNull: true,
      description: "'awareness' (upper funnel: reach), 'consideration' (traffic: clicks) or 'conversions' (retargeting: purchases).",
    },
    { name: 'campaign_start_date', type: 'TEXT', notNull: true, description: "First day the campaign may serve, 'YYYY-MM-DD'." },
    { name: 'campaign_end_date', type: 'TEXT', description: "Last day it served, 'YYYY-MM-DD'; NULL while it is still running." },
    {
      name: 'total_spend_usd',
      type: 'REAL',
      notNull: true,
      description: 'Total billed to date in USD. 0 for a campaign that has not spent anything (or runs free of charge).',
    },
  ],
  primaryKey: ['campaign_id'],
  indexes: [{ name: 'idx_campaigns_start_date', columns: ['campaign_start_date'] }],
}

const events: TableSpec = {
  name: 'fact_ad_events',
  description:
    `One row per ad event (grain: event): an impression, a click or a conversion (purchase), from ${EVENTS_START} to today. ` +
    'A conversion is logged on the campaign the advertiser\'s pixel reported, which is not necessarily the last ad the user saw.',
  columns: [
    {
      name: 'event_id',
      type: 'TEXT',
      description: "Event identifier, 'ev' and seven digits (zero-padded), so sorting the text sorts events in the order they were logged.",
    },
    { name: 'user_id', type: 'INTEGER', notNull: true, description: 'The user who saw, clicked or bought.' },
    { name: 'ad_id', type: 'INTEGER', notNull: true, description: 'The ad (an ad belongs to one campaign).' },
    { name: 'campaign_id', type: 'INTEGER', notNull: true, description: 'The campaign (dim_ad_campaigns.campaign_id).' },
    { name: 'event_type', type: 'TEXT', notNull: true, description: "'impression', 'click' or 'conversion'." },
    { name: 'event_timestamp', type: 'TEXT', notNull: true, description: "When it happened, 'YYYY-MM-DD HH:MM:SS' UTC (whole seconds)." },
    {
      name: 'attribution_window_hours',
      type: 'INTEGER',
      notNull: true,
      description: `The attribution window the campaign is billed on, in hours: ${WINDOW_HOURS} (7 days) everywhere.`,
    },
    {
      name: 'conversion_value_usd',
      type: 'REAL',
      description: 'Purchase value in USD on conversions; NULL on impressions and clicks.',
    },
    { name: 'product_category', type: 'TEXT', notNull: true, description: "The advertiser's product category, e.g. 'apparel'." },
    { name: 'date_partition', type: 'TEXT', notNull: true, description: 'date(event_timestamp): the UTC day of the event.' },
  ],
  primaryKey: ['event_id'],
  // Clustered on event_id: no hidden rowid and no separate primary-key index.
  withoutRowid: true,
  indexes: [
    // Last touch: the same user's events in a time range.
    { name: 'idx_events_user_time', columns: ['user_id', 'event_timestamp'] },
    { name: 'idx_events_campaign_date', columns: ['campaign_id', 'date_partition'] },
    { name: 'idx_events_date', columns: ['date_partition'] },
  ],
}

const touchpoints: TableSpec = {
  name: 'fact_attribution_touchpoints',
  description:
    'Output of the nightly attribution job (grain: conversion x touchpoint). For every conversion, the same user\'s ' +
    'impressions and clicks from 7 days before it up to (not including) its own second, one row each, with the share of ' +
    'the conversion credited to that touch under four models. For each conversion and each model the weights sum to 1. ' +
    'Conversions without any touch in the window have no rows.',
  columns: [
    { name: 'conversion_event_id', type: 'TEXT', description: 'The conversion (fact_ad_events.event_id).' },
    { name: 'touchpoint_event_id', type: 'TEXT', description: 'The impression or click credited (fact_ad_events.event_id).' },
    { name: 'user_id', type: 'INTEGER', notNull: true, description: 'The user (the same for the conversion and the touch).' },
    { name: 'campaign_id', type: 'INTEGER', notNull: true, description: "The touch's campaign: the campaign this row credits." },
    {
      name: 'touch_index',
      type: 'INTEGER',
      notNull: true,
      description:
        'Position of the touch in the path, 1 = earliest. Same-second touches: an impression before a click, then by event_id; ' +
        'so touch_index = touch_count is the last touch.',
    },
    { name: 'touch_count', type: 'INTEGER', notNull: true, description: "Number of touches in this conversion's path." },
    { name: 'first_touch_weight', type: 'REAL', notNull: true, description: 'First-touch model: 1 for touch_index = 1, else 0.' },
    { name: 'last_touch_weight', type: 'REAL', notNull: true, description: 'Last-touch model: 1 for touch_index = touch_count, else 0.' },
    { name: 'linear_weight', type: 'REAL', notNull: true, description: 'Linear model: 1 / touch_count for every touch.' },
    {
      name: 'time_decay_weight',
      type: 'REAL',
      notNull: true,
      description:
        'Time-decay model: 1 / sqrt(whole days between touch and conversion + 1), divided by the sum of those over the path ' +
        '(recent touches weigh more).',
    },
    {
      name: 'conversion_value_usd',
      type: 'REAL',
      notNull: true,
      description: "The conversion's full value in USD, repeated on each of its rows: multiply by a weight for the touch's credit.",
    },
  ],
  primaryKey: ['conversion_event_id', 'touchpoint_event_id'],
  withoutRowid: true,
  indexes: [
    { name: 'idx_touchpoints_campaign', columns: ['campaign_id'] },
  ],
}

/** The three ads-attribution tables, in the order they are created and shown. */
export const adsTables: TableSpec[] = [campaigns, events, touchpoints]
