/** Resolves a variant (seed, scale) into the generator's knobs, planted sizes included. */
import type { DatasetVariant } from '../../../datasets/types'
import { createRandom, type Random } from '../../../core/random'
import { addDays } from '../../../datasets/dates'
import type { FeedConfig, Platform } from './model'

/** Smallest cohort the retention exercise keeps. */
export const COHORT_THRESHOLD = 100

/** Registrations start here; earlier cohorts only fill the base (their sizes are not planted). */
const FIRST_COHORT = '2022-01'
const PLANTED_COHORT_MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/**
 * Cohort sizes per registration month. In every variant one of 2024-01..05 has exactly
 * 100 users (kept by ">= 100") and another exactly 99 (dropped), at least one more is above
 * 100 (in hidden variants every month but those two), and 2023-12 and 2024-06 (outside the
 * exercise's range) are above 100 too, so
 * forgetting the date range adds rows instead of being hidden by the size filter.
 */
function drawCohortSizes(config: { scale: number }, random: Random, visible: boolean): Record<string, number> {
  const sizes: Record<string, number> = {}
  for (let month = FIRST_COHORT; month <= '2024-06'; month = nextMonth(month)) {
    sizes[month] = Math.round(config.scale * random.int(72, 90))
  }
  const [exact, below, above] = visible ? ['2024-02', '2024-04', '2024-03'] : random.shuffle(PLANTED_COHORT_MONTHS)
  sizes[exact] = COHORT_THRESHOLD
  sizes[below] = COHORT_THRESHOLD - 1
  sizes[above] = Math.max(sizes[above], COHORT_THRESHOLD + random.int(7, 40))
  sizes['2023-12'] = Math.max(sizes['2023-12'], COHORT_THRESHOLD + random.int(5, 30))
  sizes['2024-06'] = Math.max(sizes['2024-06'], COHORT_THRESHOLD + random.int(5, 30))
  // Hidden variants keep every other graded month too, so the range's first and last
  // registration days (2024-01-01, 2024-05-31) land in a kept cohort in some variant: an
  // answer that drops either end of the range changes a cohort_size.
  if (!visible) {
    for (const month of PLANTED_COHORT_MONTHS) {
      if (month !== exact && month !== below) sizes[month] = Math.max(sizes[month], COHORT_THRESHOLD + random.int(7, 40))
    }
  }
  return sizes
}

/** Resolves the knobs for one variant. The visible variant's outage is fixed for the story notes. */
export function resolveFeedConfig(variant: DatasetVariant): FeedConfig {
  const random = createRandom(variant.seed, 'config')
  const scale = variant.scale ?? 1
  const visible = variant.key === 'visible'
  const outagePlatform: Platform = visible ? 'web' : random.pick<Platform>(['web', 'ios'])
  // Any day of May or June except the funnel week's edges.
  const outageDate = visible ? '2024-06-12' : addDays('2024-05-01', random.int(0, 51))
  // May dates x with x + 29 and x + 30 inside June (the DAU/MAU window edges).
  const sleeperDates = [0, 1, 2, 3, 4, 5].map((i) => addDays('2024-05-03', i * 5 + random.int(0, 3)))
  return {
    seed: variant.seed,
    scale,
    cohortSizes: drawCohortSizes({ scale }, random, visible),
    outage: { platform: outagePlatform, date: outageDate },
    sleeperDates,
  }
}
