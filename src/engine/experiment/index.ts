/** Experiment helper: sample size and duration for A/B tests. Pure functions, no I/O. */
export { inverseNormalCdf, normalCdf } from './normal'
export { sampleSizePerArm, proportionTestPower } from './sample-size'
export type { SampleSize, SampleSizeInput, ProportionSampleSizeInput, MeanSampleSizeInput, ProportionFormula, MeanFormula } from './sample-size'
export { experimentDuration } from './duration'
export type { ExperimentDuration, ExperimentDurationInput } from './duration'
