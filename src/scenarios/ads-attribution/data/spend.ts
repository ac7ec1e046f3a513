/**
 * Sets total_spend_usd once the touchpoints are known, so each campaign's linear ROAS lands
 * where its rule says on every seed. Four June campaigns are planted on the tier boundaries
 * of `sql-campaign-roas`: their linear revenue / spend is 0.996, 1.003, 2.004 and 2.997, so
 * the reported (rounded) ROAS is 1.00, 1.00, 2.00 and 3.00 while the unrounded one sits on
 * the other side of 1, 2 or 3 in two of them.
 */
import type { Random } from '../../../core/random'
import { toDayNumber } from '../../../datasets/dates'
import { roundLikeSqlite } from '../../shared/round-like-sqlite'
import type { CampaignPlan, Touchpoint } from './model'

const BOUNDARY_RATIOS = [0.996, 1.003, 2.004, 2.997]

/** Spend in cents precision such that ROUND(revenue / spend, 2) = ROUND(ratio, 2) and the unrounded ratio keeps ratio's side of it. */
function spendForRatio(revenue: number, ratio: number): number {
  const rounded = roundLikeSqlite(ratio, 2)
  let spend = Math.round((revenue / ratio) * 100) / 100
  for (let i = 0; i < 100; i++) {
    const actual = revenue / spend
    const sameSide = Math.sign(actual - rounded) === Math.sign(ratio - rounded)
    if (roundLikeSqlite(actual, 2) === rounded && sameSide) return spend
    spend = Math.round((spend + (actual > ratio ? 0.01 : -0.01)) * 100) / 100
  }
  throw new Error(`ads-attribution: no spend in cents gives a ROAS of ${ratio} for revenue ${revenue}`)
}

export function setSpend(campaigns: CampaignPlan[], touchpoints: Touchpoint[], random: Random): void {
  const linear = new Map<CampaignPlan, number>()
  for (const tp of touchpoints) {
    const c = tp.touch.campaign
    linear.set(c, (linear.get(c) ?? 0) + (tp.conversion.valueUsd ?? 0) * tp.linear)
  }
  // The boundary campaigns: June flight campaigns with the most linear revenue (so spends
  // look ordinary), ratios shuffled per seed.
  const june = toDayNumber('2024-06-01')
  const candidates = campaigns
    .filter((c) => c.role === 'flight' && c.startDay >= june && (linear.get(c) ?? 0) > 0)
    .sort((a, b) => linear.get(b)! - linear.get(a)! || a.campaignId - b.campaignId)
  if (candidates.length < BOUNDARY_RATIOS.length) throw new Error('ads-attribution: too few June campaigns with revenue for the tier plants')
  random.shuffle(BOUNDARY_RATIOS).forEach((ratio, i) => (candidates[i].spendRule = { kind: 'ratio', ratio }))

  for (const c of campaigns) {
    const rule = c.spendRule
    const revenue = linear.get(c) ?? 0
    if (rule.kind === 'fixed') c.spendUsd = rule.usd
    else if (rule.kind === 'ratio') c.spendUsd = spendForRatio(revenue, rule.ratio)
    // A campaign with almost no revenue still spent a realistic amount (its ROAS is then near 0).
    else c.spendUsd = Math.max(Math.round((revenue / rule.linearRoas) * 100) / 100, revenue > 0 ? 50 : rule.fallbackUsd)
  }
}
