import { useId, useState } from 'react'
import { experimentDuration, sampleSizePerArm } from '../../engine/experiment'
import type { ExperimentPlan } from '../../engine/rubric'

interface Field {
  key: 'baseline' | 'mde' | 'alpha' | 'power' | 'arms' | 'traffic' | 'daily'
  label: string
  hint: string
  /** Returns an error in plain words, or nothing when the value is usable. */
  check: (value: number) => string | undefined
}

const between = (low: number, high: number, what: string) => (v: number) =>
  v > low && v < high ? undefined : `${what} must be between ${low} and ${high} (exclusive).`

const FIELDS: Field[] = [
  { key: 'baseline', label: 'Baseline rate', hint: 'Control conversion rate, e.g. 0.1 for 10%', check: between(0, 1, 'The baseline rate') },
  { key: 'mde', label: 'Relative minimum detectable effect (%)', hint: 'e.g. 5 for a 5% relative lift', check: (v) => (v > 0 ? undefined : 'The effect must be above 0%.') },
  { key: 'alpha', label: 'Significance level (alpha)', hint: 'Two-sided, e.g. 0.05', check: between(0, 1, 'Alpha') },
  { key: 'power', label: 'Power', hint: 'e.g. 0.8', check: between(0, 1, 'Power') },
  { key: 'arms', label: 'Arms', hint: 'Control included, equal shares', check: (v) => (Number.isInteger(v) && v >= 2 ? undefined : 'Arms must be a whole number, at least 2.') },
  { key: 'traffic', label: 'Traffic share (%)', hint: 'Share of eligible users in the test, both arms', check: (v) => (v > 0 && v <= 100 ? undefined : 'The traffic share must be above 0% and at most 100%.') },
  { key: 'daily', label: 'Eligible daily users', hint: 'New users entering the population each day', check: (v) => (v > 0 ? undefined : 'Eligible daily users must be above 0.') },
]

type Values = Record<Field['key'], string>

const DEFAULTS: Values = { baseline: '0.1', mde: '5', alpha: '0.05', power: '0.8', arms: '2', traffic: '100', daily: '10000' }

/** Strips float noise from a percentage: 0.07 * 100 is 7.000000000000001. */
const percentText = (share: number) => String(Number((share * 100).toPrecision(6)))

/** The scenario's plan as the form's starting values: the numbers the grader holds answers to. */
function valuesFromPlan(plan: ExperimentPlan): Values {
  return {
    baseline: String(plan.baseline),
    mde: percentText(plan.relativeMde),
    alpha: String(plan.alpha),
    power: String(plan.power),
    arms: String(plan.arms),
    traffic: percentText(plan.trafficShare),
    daily: String(plan.eligibleDaily),
  }
}

const formatCount = (n: number) => n.toLocaleString('en-US')

type Outcome = { ok: true; perArm: number; total: number; days: number; weeks: number } | { ok: false; message: string }

/** Computes the plan, or the engine's reason it cannot (e.g. a baseline plus effect at or above 100%). */
function computePlan(numbers: Record<Field['key'], number>): Outcome {
  try {
    const size = sampleSizePerArm({
      metric: 'proportion',
      baseline: numbers.baseline,
      relativeMde: numbers.mde / 100,
      alpha: numbers.alpha,
      power: numbers.power,
    })
    const duration = experimentDuration({ perArm: size.control, arms: numbers.arms, eligibleDailyUsers: numbers.daily, trafficShare: numbers.traffic / 100 })
    return { ok: true, perArm: size.control, total: duration.totalUsers, days: duration.days, weeks: duration.weeks }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Sample size and duration for a test on a proportion metric (pooled normal, two-sided, equal
 * arms), so the learner can back the experiment section with numbers. It starts from the
 * scenario's plan, the same numbers the grader computes the minimum test length from.
 */
export function ProductCalculator({ plan: scenarioPlan }: { plan?: ExperimentPlan }) {
  const [values, setValues] = useState<Values>(() => (scenarioPlan ? valuesFromPlan(scenarioPlan) : DEFAULTS))
  const idBase = useId()
  const errors: Partial<Record<Field['key'], string>> = {}
  const numbers = {} as Record<Field['key'], number>
  for (const field of FIELDS) {
    const text = values[field.key].trim()
    const value = text === '' ? Number.NaN : Number(text)
    numbers[field.key] = value
    errors[field.key] = Number.isFinite(value) ? field.check(value) : `${field.label} must be a number.`
  }
  const valid = FIELDS.every((f) => !errors[f.key])
  const plan = valid ? computePlan(numbers) : undefined

  return (
    <details className="card calculator">
      <summary className="section-title">Experiment calculator</summary>
      <p className="muted">Proportion metric, two-sided test, equal arms (pooled normal approximation).</p>
      {scenarioPlan && (
        <p className="muted">
          Starts from this scenario's test: {scenarioPlan.metric}, randomised by {scenarioPlan.unit}. {scenarioPlan.basis} Submit holds your stated test length to
          the duration these numbers give.
        </p>
      )}
      <div className="calculator-fields">
        {FIELDS.map((field) => {
          const inputId = `${idBase}-${field.key}`
          const error = errors[field.key]
          return (
            <div key={field.key} className="calculator-field">
              <label htmlFor={inputId}>{field.label}</label>
              <input
                id={inputId}
                inputMode="decimal"
                value={values[field.key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${inputId}-note`}
                onChange={(event) => setValues((v) => ({ ...v, [field.key]: event.target.value }))}
              />
              <span id={`${inputId}-note`} className={error ? 'error-text' : 'muted'}>
                {error ?? field.hint}
              </span>
            </div>
          )
        })}
      </div>
      <div className="calculator-result" aria-live="polite">
        {plan?.ok === true && (
          <dl>
            <dt>Users per arm</dt>
            <dd>{formatCount(plan.perArm)}</dd>
            <dt>Users in total</dt>
            <dd>{formatCount(plan.total)}</dd>
            <dt>Duration</dt>
            <dd>
              {plan.days} {plan.days === 1 ? 'day' : 'days'}; run {plan.weeks} {plan.weeks === 1 ? 'week' : 'weeks'} to cover every weekday
            </dd>
          </dl>
        )}
        {plan?.ok === false && <p className="error-text">Cannot compute: {plan.message}</p>}
        {!valid && <p className="muted">Fix the highlighted values to see the sample size.</p>}
      </div>
    </details>
  )
}
