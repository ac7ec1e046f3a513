import { useId, useState } from 'react'
import { experimentDuration, sampleSizePerArm } from '../../engine/experiment'

interface Field {
  key: 'baseline' | 'mde' | 'alpha' | 'power' | 'traffic' | 'daily'
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
  { key: 'traffic', label: 'Traffic share (%)', hint: 'Share of eligible users in the test, both arms', check: (v) => (v > 0 && v <= 100 ? undefined : 'The traffic share must be above 0% and at most 100%.') },
  { key: 'daily', label: 'Eligible daily users', hint: 'New users entering the population each day', check: (v) => (v > 0 ? undefined : 'Eligible daily users must be above 0.') },
]

type Values = Record<Field['key'], string>

const DEFAULTS: Values = { baseline: '0.1', mde: '5', alpha: '0.05', power: '0.8', traffic: '100', daily: '10000' }

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
    const duration = experimentDuration({ perArm: [size.control, size.treatment], eligibleDailyUsers: numbers.daily, trafficShare: numbers.traffic / 100 })
    return { ok: true, perArm: size.control, total: size.total, days: duration.days, weeks: duration.weeks }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Sample size and duration for a two-arm test on a proportion metric (pooled normal,
 * two-sided, 50/50 split), so the learner can back the experiment section with numbers.
 */
export function ProductCalculator() {
  const [values, setValues] = useState<Values>(DEFAULTS)
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
