import { inverseNormalCdf, normalCdf } from './normal'
import { noncentralTCdf, studentTUpperQuantile } from './student-t'

export type ProportionFormula = 'pooled-normal' | 'arcsine'
export type MeanFormula = 'z' | 't'

interface TestSettings {
  /** Significance level, e.g. 0.05. */
  alpha: number
  /** 1 - beta, e.g. 0.8. */
  power: number
  /** Two-sided unless told otherwise (the usual product-experiment choice). */
  twoSided?: boolean
  /**
   * Treatment users per control user (statsmodels' `ratio`): 1 for a 50/50 split,
   * 1/9 for 90% control and 10% treatment. Defaults to 1.
   */
  ratio?: number
}

/** The effect to detect: a relative lift over the baseline, or an absolute difference. */
type Effect = { relativeMde: number; absoluteMde?: undefined } | { absoluteMde: number; relativeMde?: undefined }

export type ProportionSampleSizeInput = TestSettings &
  Effect & {
    metric: 'proportion'
    /** Control conversion rate, 0 < baseline < 1. */
    baseline: number
    /** Defaults to `pooled-normal`. */
    formula?: ProportionFormula
  }

export type MeanSampleSizeInput = TestSettings &
  Effect & {
    metric: 'mean'
    baselineMean: number
    /** Standard deviation of the metric per user (assumed equal in both arms). */
    stdDev: number
    /** Defaults to `z`. */
    formula?: MeanFormula
  }

export type SampleSizeInput = ProportionSampleSizeInput | MeanSampleSizeInput

/** Users needed in each arm (rounded up) and in total. */
export interface SampleSize {
  control: number
  treatment: number
  total: number
}

/**
 * Users needed per arm to detect the given effect. k = `ratio` (treatment / control),
 * z_a = z(1 - alpha/2) two-sided or z(1 - alpha) one-sided, z_b = z(power), and
 * n1 = control arm, n2 = k n1.
 *
 * Proportions (p1 = baseline, p2 = p1 (1 + relativeMde) or p1 + absoluteMde, D = p2 - p1):
 * - `pooled-normal` (Fleiss, no continuity correction; pooled variance under H0, unpooled under H1):
 *   pbar = (p1 + k p2) / (1 + k),
 *   n1 = [z_a sqrt(pbar (1 - pbar) (1 + 1/k)) + z_b sqrt(p1 (1 - p1) + p2 (1 - p2) / k)]^2 / D^2
 * - `arcsine` (Cohen's h, statsmodels `NormalIndPower`): h = 2 asin(sqrt p2) - 2 asin(sqrt p1),
 *   n1 = (z_a + z_b)^2 (1 + 1/k) / h^2
 *
 * Means (sd = `stdDev`, D = baselineMean x relativeMde or absoluteMde):
 * - `z`: n1 = (z_a + z_b)^2 sd^2 (1 + 1/k) / D^2
 * - `t` (statsmodels `TTestIndPower`): the smallest n1 whose two-sample t-test power
 *   P(T' > t_crit) + P(T' < -t_crit), df = n1 (1 + k) - 2, noncentrality (D / sd) sqrt(n1 k / (1 + k)),
 *   reaches `power`. Uses large-df approximations (see student-t.ts): exact to the user for
 *   n1 above about 30, which any real experiment is.
 *
 * Each arm is rounded up, as statsmodels callers do. Matches the reference table in
 * `shared/data/sample-size-reference.json` to within one user per arm.
 * @throws RangeError on a baseline outside (0, 1), a zero effect, or alpha/power outside (0, 1).
 */
export function sampleSizePerArm(input: SampleSizeInput): SampleSize {
  const ratio = input.ratio ?? 1
  checkOpenUnit('alpha', input.alpha)
  checkOpenUnit('power', input.power)
  if (!(ratio > 0) || !Number.isFinite(ratio)) throw new RangeError(`ratio must be a positive number, got ${ratio}`)
  const twoSided = input.twoSided ?? true
  const zAlpha = inverseNormalCdf(1 - (twoSided ? input.alpha / 2 : input.alpha))
  const zBeta = inverseNormalCdf(input.power)
  const control = input.metric === 'proportion' ? proportionControlArm(input, ratio, zAlpha, zBeta) : meanControlArm(input, ratio, zAlpha, zBeta, twoSided)
  const controlUsers = roundUp(control)
  const treatmentUsers = roundUp(control * ratio)
  return { control: controlUsers, treatment: treatmentUsers, total: controlUsers + treatmentUsers }
}

function proportionControlArm(input: ProportionSampleSizeInput, k: number, zAlpha: number, zBeta: number): number {
  const p1 = input.baseline
  checkOpenUnit('baseline', p1)
  const p2 = input.relativeMde !== undefined ? p1 * (1 + input.relativeMde) : p1 + (input.absoluteMde ?? 0)
  checkOpenUnit('baseline plus the effect', p2)
  if (p2 === p1) throw new RangeError('the minimum detectable effect must not be zero')
  if ((input.formula ?? 'pooled-normal') === 'arcsine') {
    const h = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1))
    return ((zAlpha + zBeta) ** 2 * (1 + 1 / k)) / (h * h)
  }
  const pooled = (p1 + k * p2) / (1 + k)
  const underNull = zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / k))
  const underAlternative = zBeta * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / k)
  return (underNull + underAlternative) ** 2 / (p2 - p1) ** 2
}

function meanControlArm(input: MeanSampleSizeInput, k: number, zAlpha: number, zBeta: number, twoSided: boolean): number {
  const delta = Math.abs(input.relativeMde !== undefined ? input.baselineMean * input.relativeMde : (input.absoluteMde ?? 0))
  if (!(delta > 0)) throw new RangeError('the minimum detectable effect must not be zero')
  if (!(input.stdDev > 0)) throw new RangeError(`stdDev must be positive, got ${input.stdDev}`)
  const zArm = ((zAlpha + zBeta) ** 2 * input.stdDev ** 2 * (1 + 1 / k)) / (delta * delta)
  if ((input.formula ?? 'z') === 'z') return zArm
  const d = delta / input.stdDev
  const powerAt = (n1: number): number => {
    const df = n1 * (1 + k) - 2
    const noncentrality = d * Math.sqrt((n1 * k) / (1 + k))
    const crit = studentTUpperQuantile(twoSided ? input.alpha / 2 : input.alpha, df)
    const upper = 1 - noncentralTCdf(crit, df, noncentrality)
    return twoSided ? upper + noncentralTCdf(-crit, df, noncentrality) : upper
  }
  // The t-test needs a few more users than the z-test: bracket from the z answer and bisect.
  let low = Math.max(zArm, 2 / (1 + k) + 1e-6)
  let high = low + 10
  while (powerAt(high) < input.power) high += high - low
  for (let i = 0; i < 200 && high - low > 1e-7; i++) {
    const mid = (low + high) / 2
    if (powerAt(mid) < input.power) low = mid
    else high = mid
  }
  return high
}

function checkOpenUnit(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must be between 0 and 1 (exclusive), got ${value}`)
}

/** Round up, forgiving floating-point noise such as 12707.000000000002. */
function roundUp(x: number): number {
  return Math.ceil(x - 1e-9)
}

/** Power of the pooled-normal two-proportion z-test at n1 control users: for checks and the UI. */
export function proportionTestPower(p1: number, p2: number, n1: number, alpha: number, ratio = 1): number {
  const k = ratio
  const pooled = (p1 + k * p2) / (1 + k)
  const zAlpha = inverseNormalCdf(1 - alpha / 2)
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / (k * n1)))
  const se1 = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / (k * n1))
  return normalCdf((Math.abs(p2 - p1) - zAlpha * se0) / se1)
}
