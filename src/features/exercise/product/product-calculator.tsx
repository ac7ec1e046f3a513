import { useId, useState } from 'react'
import { experimentDuration, sampleSizePerArm, type MeanFormula, type SampleSizeInput } from '../../../engine/experiment'
import type { ExperimentPlan } from '../../../engine/rubric'

type MetricType = 'proportion' | 'mean'
type FieldKey = 'baseline' | 'mean' | 'sd' | 'mde' | 'alpha' | 'power' | 'arms' | 'traffic' | 'daily'

interface Field {
  key: FieldKey
  label: string
  hint: string
  /** Returns an error in plain words, or nothing when the value is usable. */
  check: (value: number) => string | undefined
}

const between = (low: number, high: number, what: string) => (v: number) =>
  v > low && v < high ? undefined : `${what} must be between ${low} and ${high} (exclusive).`

const BASELINE_RATE: Field = { key: 'baseline', label: 'Baseline rate', hint: 'Control conversion rate, e.g. 0.1 for 10%', check: between(0, 1, 'The baseline rate') }
const BASELINE_MEAN: Field = {
  key: 'mean',
  label: 'Baseline mean',
  hint: 'Control average per user, e.g. minutes a day',
  check: (v) => (v > 0 ? undefined : 'The baseline mean must be above 0 (the effect is a share of it).'),
}
const STD_DEV: Field = {
  key: 'sd',
  label: 'Standard deviation',
  hint: 'Spread of the metric between users, in its own unit',
  check: (v) => (v > 0 ? undefined : 'The standard deviation must be above 0.'),
}
const SHARED_FIELDS: Field[] = [
  { key: 'mde', label: 'Relative minimum detectable effect (%)', hint: 'e.g. 5 for a 5% relative lift', check: (v) => (v > 0 ? undefined : 'The effect must be above 0%.') },
  { key: 'alpha', label: 'Significance level (alpha)', hint: 'Two-sided, e.g. 0.05', check: between(0, 1, 'Alpha') },
  { key: 'power', label: 'Power', hint: 'e.g. 0.8', check: between(0, 1, 'Power') },
  { key: 'arms', label: 'Arms', hint: 'Control included, equal shares', check: (v) => (Number.isInteger(v) && v >= 2 ? undefined : 'Arms must be a whole number, at least 2.') },
  { key: 'traffic', label: 'Traffic share (%)', hint: 'Share of eligible users in the test, both arms', check: (v) => (v > 0 && v <= 100 ? undefined : 'The traffic share must be above 0% and at most 100%.') },
  { key: 'daily', label: 'Eligible daily users', hint: 'New users entering the population each day', check: (v) => (v > 0 ? undefined : 'Eligible daily users must be above 0.') },
]
const FIELDS: Record<MetricType, Field[]> = { proportion: [BASELINE_RATE, ...SHARED_FIELDS], mean: [BASELINE_MEAN, STD_DEV, ...SHARED_FIELDS] }

/** The muted line under the choices: which formula the numbers come from. */
function describeFormula(metric: MetricType, formula: MeanFormula): string {
  if (metric === 'proportion') return 'Proportion metric, two-sided test, equal arms (pooled normal approximation).'
  return formula === 't'
    ? "Mean metric, two-sided Student t-test, equal arms (power from the noncentral t distribution, as statsmodels' TTestIndPower)."
    : 'Mean metric, two-sided test, equal arms (normal z approximation: a user or two fewer per arm than the t-test).'
}

type Values = Record<FieldKey, string>

// The mean fields start from an example (the first mean case of the reference table), not from the scenario.
const DEFAULTS: Values = { baseline: '0.1', mean: '10', sd: '8', mde: '5', alpha: '0.05', power: '0.8', arms: '2', traffic: '100', daily: '10000' }

/** Strips float noise from a percentage: 0.07 * 100 is 7.000000000000001. */
const percentText = (share: number) => String(Number((share * 100).toPrecision(6)))

/** The scenario's plan as the form's starting values: the numbers the grader holds answers to. */
function valuesFromPlan(plan: ExperimentPlan): Values {
  return {
    ...DEFAULTS,
    baseline: String(plan.baseline),
    mde: percentText(plan.relativeMde),
    alpha: String(plan.alpha),
    power: String(plan.power),
    arms: String(plan.arms),
    traffic: percentText(plan.trafficShare),
    daily: String(plan.eligibleDaily),
  }
}

const formatCount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 })
const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

type Outcome = { ok: true; perArm: number; total: number; days: number; weeks: number } | { ok: false; message: string }

/** Computes the plan, or the engine's reason it cannot (e.g. a baseline plus effect at or above 100%). */
function computePlan(metric: MetricType, formula: MeanFormula, numbers: Record<FieldKey, number>): Outcome {
  const settings = { relativeMde: numbers.mde / 100, alpha: numbers.alpha, power: numbers.power }
  const input: SampleSizeInput =
    metric === 'proportion'
      ? { metric, baseline: numbers.baseline, ...settings }
      : { metric, baselineMean: numbers.mean, stdDev: numbers.sd, formula, ...settings }
  try {
    const size = sampleSizePerArm(input)
    const duration = experimentDuration({ perArm: size.control, arms: numbers.arms, eligibleDailyUsers: numbers.daily, trafficShare: numbers.traffic / 100 })
    return { ok: true, perArm: size.control, total: duration.totalUsers, days: duration.days, weeks: duration.weeks }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Sample size and duration for a test on a proportion or a mean metric (two-sided, equal arms),
 * so the learner can back the experiment section with numbers. It starts from the scenario's
 * plan, the same numbers the grader computes the minimum test length from, and offers the
 * scenario's visible-data figure for eligible daily users to show how far a sample is from a test.
 * The form renders only while open: its radios stay out of the page until asked for.
 */
export function ProductCalculator({ plan }: { plan?: ExperimentPlan }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => (plan ? valuesFromPlan(plan) : DEFAULTS))
  const [metric, setMetric] = useState<MetricType>('proportion')
  const [formula, setFormula] = useState<MeanFormula>('t')
  return (
    <details className="card calculator" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="section-title">Experiment calculator</summary>
      {open && (
        <CalculatorForm
          plan={plan}
          values={values}
          setValues={setValues}
          metric={metric}
          setMetric={setMetric}
          formula={formula}
          setFormula={setFormula}
        />
      )}
    </details>
  )
}

interface FormProps {
  plan?: ExperimentPlan
  values: Values
  setValues: (update: (values: Values) => Values) => void
  metric: MetricType
  setMetric: (metric: MetricType) => void
  formula: MeanFormula
  setFormula: (formula: MeanFormula) => void
}

function CalculatorForm({ plan: scenarioPlan, values, setValues, metric, setMetric, formula, setFormula }: FormProps) {
  const idBase = useId()
  const fields = FIELDS[metric]
  const errors: Partial<Record<FieldKey, string>> = {}
  const numbers = {} as Record<FieldKey, number>
  for (const field of fields) {
    const text = values[field.key].trim()
    const value = text === '' ? Number.NaN : Number(text)
    numbers[field.key] = value
    errors[field.key] = Number.isFinite(value) ? field.check(value) : `${field.label} must be a number.`
  }
  const valid = fields.every((f) => !errors[f.key])
  const plan = valid ? computePlan(metric, formula, numbers) : undefined
  const sample = scenarioPlan?.sample

  return (
    <>
      <div className="calculator-choices">
        <ChoiceGroup
          legend="Metric type"
          name={`${idBase}-metric`}
          options={[
            ['proportion', 'Proportion'],
            ['mean', 'Mean'],
          ]}
          value={metric}
          onChange={setMetric}
        />
        {metric === 'mean' && (
          <ChoiceGroup
            legend="Test"
            name={`${idBase}-formula`}
            options={[
              ['t', 'Student t'],
              ['z', 'Normal z'],
            ]}
            value={formula}
            onChange={setFormula}
          />
        )}
      </div>
      <p className="muted">{describeFormula(metric, formula)}</p>
      {scenarioPlan && (
        <p className="muted">
          {metric === 'proportion'
            ? `Starts from this scenario's test: ${scenarioPlan.metric}, randomised by ${scenarioPlan.unit}. ${scenarioPlan.basis} Submit holds your stated test length to the duration these numbers give.`
            : `This scenario's test is on a proportion; the baseline mean and standard deviation here are an example to replace with your metric's. Submit still holds your test length to the proportion plan.`}
        </p>
      )}
      <div className="calculator-fields">
        {fields.map((field) => {
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
      {scenarioPlan && sample && (
        <div className="calculator-sample">
          <p>
            This scenario's visible data has {formatCount(sample.value)} {sample.label} — a sample; the plan assumes {formatCount(scenarioPlan.eligibleDaily)} newly
            eligible {scenarioPlan.unit} a day at full scale.
          </p>
          <button type="button" onClick={() => setValues((v) => ({ ...v, daily: String(sample.value) }))}>
            Use the sample's figure
          </button>
        </div>
      )}
      <div className="calculator-result" aria-live="polite">
        {plan?.ok === true && (
          <dl>
            <dt>Users per arm</dt>
            <dd>{formatCount(plan.perArm)}</dd>
            <dt>Users in total</dt>
            <dd>{formatCount(plan.total)}</dd>
            <dt>Duration</dt>
            <dd>
              {plural(plan.days, 'day', 'days')}; run {plural(plan.weeks, 'week', 'weeks')} to cover every weekday
              {plan.days >= 730 && ` (about ${formatCount(Math.round(plan.days / 365))} years)`}
            </dd>
          </dl>
        )}
        {plan?.ok === false && <p className="error-text">Cannot compute: {plan.message}</p>}
        {!valid && <p className="muted">Fix the highlighted values to see the sample size.</p>}
      </div>
    </>
  )
}

/** A labelled radio group: native radios, so arrow keys move the choice and Tab leaves the group. */
function ChoiceGroup<T extends string>(props: { legend: string; name: string; options: [T, string][]; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset className="calculator-choice">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} /> {label}
        </label>
      ))}
    </fieldset>
  )
}
