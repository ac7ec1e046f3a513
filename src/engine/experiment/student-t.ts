import { inverseNormalCdf, normalCdf } from './normal'

/**
 * Student t helpers for the t-test sample size. Experiments have thousands of users per arm,
 * so large-df expansions are exact to far below one user; we avoid a full incomplete-beta
 * implementation on purpose. Below about 30 degrees of freedom they drift (documented on
 * `sampleSizePerArm`).
 */

/**
 * Upper quantile t with P(T_df > t) = upperTail, by the Cornish-Fisher expansion in 1/df
 * (Abramowitz & Stegun 26.7.5, four terms).
 */
export function studentTUpperQuantile(upperTail: number, df: number): number {
  const x = inverseNormalCdf(1 - upperTail)
  const x2 = x * x
  const g1 = (x * (x2 + 1)) / 4
  const g2 = (x * ((5 * x2 + 16) * x2 + 3)) / 96
  const g3 = (x * (((3 * x2 + 19) * x2 + 17) * x2 - 15)) / 384
  const g4 = (x * ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945)) / 92160
  return x + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4
}

/**
 * P(T' <= t) for a noncentral t with `df` degrees of freedom and noncentrality `delta`,
 * by the normal approximation Phi((t (1 - 1/(4 df)) - delta) / sqrt(1 + t^2 / (2 df)))
 * (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 2, 31.5).
 */
export function noncentralTCdf(t: number, df: number, delta: number): number {
  return normalCdf((t * (1 - 1 / (4 * df)) - delta) / Math.sqrt(1 + (t * t) / (2 * df)))
}
