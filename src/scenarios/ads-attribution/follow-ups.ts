import { defineFollowUps } from '../types'

/** What an interviewer asks after the ads exercises, and what a strong answer covers. */
export const adsFollowUps = defineFollowUps([
  {
    id: 'choosing-the-attribution-window',
    part: 'product',
    question: 'Advertisers ask why we credit conversions up to 7 days after an impression. How would you decide between a 1-day, 7-day and 30-day window?',
    talkingPoints: [
      'The window is a trade-off: short windows miss slow purchase decisions, long windows credit ads for conversions that would have happened anyway.',
      'Look at the delay distribution from last touch to conversion per product category; a car and a t-shirt need different windows.',
      'Test it: report several windows to randomised groups of advertisers and measure what they do (spend retained, budget changes, complaints), not only what they say.',
      'Keep the window a column on the event (attribution_window_hours) so reports can be recomputed and compared without re-logging.',
    ],
    tags: ['attribution-windows'],
  },
  {
    id: 'measuring-incrementality',
    part: 'product',
    question: 'Attribution says the campaign drove 10,000 conversions. How do you know how many of them the ads actually caused?',
    talkingPoints: [
      'Attribution assigns credit; it does not prove cause. Incrementality needs a comparison group that did not see the ads.',
      'Run a holdout: randomly withhold the campaign (or show a placebo ad) from a share of the target audience and compare conversion rates.',
      'Incremental lift = treated rate minus holdout rate; report it with a confidence interval and the cost per incremental conversion.',
      'Where a holdout is impossible, geo experiments or synthetic controls are weaker fallbacks; say what they assume.',
    ],
    tags: ['incrementality', 'experimentation'],
  },
  {
    id: 'late-conversions',
    part: 'model',
    question: 'Conversions reported by advertisers\' servers arrive up to two days late. How does your attribution table stay correct?',
    talkingPoints: [
      'Attribute by the conversion\'s own time, and recompute attribution for conversion dates still inside the late-arrival window every run.',
      'Make the attribution job idempotent per conversion id (replace, never append), so a re-run cannot double count revenue.',
      'Reconcile totals against the advertiser\'s reported conversions daily and flag campaigns whose numbers diverge.',
      'Show advertisers which days are still settling so ROAS for yesterday is not read as final.',
    ],
    tags: ['late-data', 'reconciliation'],
  },
  {
    id: 'deduplicating-conversions',
    part: 'python',
    question: 'A pixel can fire twice for the same purchase, and the stream can redeliver events. How do you make sure each conversion is attributed once?',
    talkingPoints: [
      'Give every conversion a stable id from the source (order id plus advertiser) and deduplicate on it within a window.',
      'Process with exactly-once semantics end to end: transactional reads and writes, or at-least-once delivery plus an idempotent upsert keyed by conversion id.',
      'Keep the conversion itself out of the touchpoint list; only impressions and clicks earn credit.',
      'Count and alert on duplicates removed: a sudden rise usually means a broken integration.',
    ],
    tags: ['exactly-once', 'deduplication'],
  },
  {
    id: 'owning-advertiser-trust',
    part: 'collaboration',
    question: 'A large advertiser says our conversion numbers are 20% above theirs. Sales wants an answer today. How do you handle it?',
    talkingPoints: [
      'Get specifics first: which campaign, which dates, which attribution model and window each side uses.',
      'Compare definitions before data: view-through versus click-through, time zones, and deduplication rules explain most gaps.',
      'Reply with what is known and when the rest will be, rather than a guess; keep sales informed with one written summary.',
      'If it is our bug, own it: fix, restate, and add the check that would have caught it.',
    ],
    tags: ['collaboration', 'ownership'],
  },
])
