/**
 * Each scenario's experiment plan quotes one daily figure from its visible dataset (`sample`),
 * which the calculator offers in place of the plan's at-scale volume. This recomputes every
 * figure from freshly generated rows, so a change to a generator cannot leave a stale number.
 */
import { describe, expect, it } from 'vitest'
import type { Row } from '../../src/datasets/types'
import type { ExperimentPlan } from '../../src/engine/rubric/types'
import { productSenseRubrics } from '../support/scenario-content'
import { scenarioData } from '../../src/scenarios/data-registry'
import { findScenario } from '../../src/scenarios/index'

type Tables = Record<string, Row[]>

const JUNE_DAYS = Array.from({ length: 30 }, (_, i) => `2024-06-${String(i + 1).padStart(2, '0')}`)

/** Distinct `key`s per June day, averaged over all 30 days (a day without rows counts as 0). */
function averagePerJuneDay(rows: Row[], day: (row: Row) => unknown, key: (row: Row) => unknown): number {
  const perDay = new Map<unknown, Set<unknown>>(JUNE_DAYS.map((d) => [d, new Set()]))
  for (const row of rows) perDay.get(day(row))?.add(key(row))
  return [...perDay.values()].reduce((sum, keys) => sum + keys.size, 0) / JUNE_DAYS.length
}

/** How each plan's figure is read from its scenario's tables: the unit the plan randomises, per day. */
const experimentPlans: Record<string, ExperimentPlan & { sample: NonNullable<ExperimentPlan["sample"]> }> = Object.fromEntries(
  Object.entries(productSenseRubrics).flatMap(([id, { experiment }]) => (experiment?.sample ? [[id, { ...experiment, sample: experiment.sample }]] : [])),
)

const figures: Record<string, { scenario: string; compute: (tables: Tables) => number }> = {
  'feed-engagement/product-sense': {
    scenario: 'feed-engagement',
    compute: (t) =>
      averagePerJuneDay(
        t.fact_user_daily_activity.filter((r) => r.is_dau === 1),
        (r) => r.activity_date,
        (r) => r.user_id,
      ),
  },
  'reels-sessions/product-sense': {
    scenario: 'reels-sessions',
    compute: (t) =>
      averagePerJuneDay(
        t.fact_reels_sessions,
        (r) => r.date_partition,
        (r) => r.user_id,
      ),
  },
  'ads-attribution/product-sense': {
    scenario: 'ads-attribution',
    compute: (t) =>
      averagePerJuneDay(
        t.dim_ad_campaigns,
        (r) => r.campaign_start_date,
        (r) => r.advertiser_id,
      ),
  },
  'pymk/product-sense': {
    scenario: 'pymk',
    compute: (t) => {
      const privateUsers = new Set(t.dim_user_privacy.filter((r) => r.is_private_account === 1).map((r) => r.user_id))
      return averagePerJuneDay(
        t.fact_pymk_suggestions.filter((r) => privateUsers.has(r.suggested_user_id)),
        (r) => r.date_partition,
        (r) => r.target_user_id,
      )
    },
  },
}

const roundToTenth = (x: number) => Math.round(x * 10) / 10

describe("experiment plans: the sample figure matches the scenario's visible data", () => {
  it('has a figure for every plan', () => {
    expect(Object.keys(figures).sort()).toEqual(Object.keys(experimentPlans).sort())
  })

  for (const [planId, plan] of Object.entries(experimentPlans)) {
    it(`${planId}: ${plan.sample.label}`, () => {
      const { scenario: scenarioId, compute } = figures[planId]
      const scenario = findScenario(scenarioId)
      expect(scenario, `scenario ${scenarioId}`).toBeDefined()
      const { tables } = scenarioData(scenario!).generate(scenario!.variants[0])
      const computed = compute(tables)
      expect(computed).toBeGreaterThan(0)
      expect(plan.sample.value).toBe(roundToTenth(computed))
      // A sample, far below the volume the plan assumes at scale: that gap is what the calculator shows.
      expect(plan.sample.value).toBeLessThan(plan.eligibleDaily / 100)
    })
  }
})
