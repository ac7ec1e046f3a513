import { useId, useState, type FormEvent } from 'react'
import { findExercise } from '../../scenarios'
import { checkMockPlan, MAX_PART_SECONDS, MIXED_LOOP_ID, mockChoices, useAppStore, type MockPartPlan } from '../../store'
import { formatDuration, PART_LABELS } from './format'

interface Props {
  scope: string
  initialPlan: MockPartPlan[]
  /** The test hook is on: times are edited in seconds. */
  inSeconds: boolean
  onStarted: () => void
}

const exerciseLabel = (scope: string, id: string): string => {
  const found = findExercise(id)
  if (!found) return id
  return scope === MIXED_LOOP_ID ? `${found.scenario.title}: ${found.exercise.title}` : found.exercise.title
}

/** The loop before it starts: each part's exercise and time, editable, then Start. */
export function MockSetup({ scope, initialPlan, inSeconds, onStarted }: Props) {
  const [plan, setPlan] = useState(initialPlan)
  const [error, setError] = useState<string>()
  const startMock = useAppStore((state) => state.startMock)
  const unit = inSeconds ? 1 : 60
  const total = plan.reduce((sum, part) => sum + part.secondsGiven, 0)

  const change = (index: number, patch: Partial<MockPartPlan>) => setPlan((parts) => parts.map((part, i) => (i === index ? { ...part, ...patch } : part)))

  const start = (event: FormEvent) => {
    event.preventDefault()
    const problem = checkMockPlan(scope, plan)
    if (problem) {
      setError(problem)
      return
    }
    startMock(scope, plan)
    onStarted()
  }

  return (
    <form className="mock-setup" onSubmit={start} aria-describedby="mock-setup-total" noValidate>
      <ol className="mock-setup-parts">
        {plan.map((part, index) => (
          <li key={part.kind}>
            <SetupPart scope={scope} part={part} index={index} unit={unit} onChange={(patch) => change(index, patch)} />
          </li>
        ))}
      </ol>
      <p id="mock-setup-total" className="muted">
        {plan.length} parts, {formatDuration(total)} in all. Each part ends when you press Submit or when its time runs out; what you wrote by then is graded.
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary">
        Start the mock interview
      </button>
    </form>
  )
}

function SetupPart({ scope, part, index, unit, onChange }: { scope: string; part: MockPartPlan; index: number; unit: number; onChange: (patch: Partial<MockPartPlan>) => void }) {
  const id = useId()
  const choices = mockChoices(scope, part.kind)
  return (
    <fieldset className="card mock-setup-part">
      <legend>
        Part {index + 1}: {PART_LABELS[part.kind]}
      </legend>
      <div className="mock-setup-fields">
        <label htmlFor={`${id}-exercise`}>Exercise</label>
        <select id={`${id}-exercise`} value={part.exerciseId} onChange={(event) => onChange({ exerciseId: event.target.value })}>
          {choices.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {exerciseLabel(scope, exercise.id)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-time`}>{unit === 1 ? 'Seconds' : 'Minutes'}</label>
        <input
          id={`${id}-time`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PART_SECONDS / unit}
          step={1}
          value={Math.round(part.secondsGiven / unit)}
          onChange={(event) => onChange({ secondsGiven: Number(event.target.value) * unit })}
        />
      </div>
    </fieldset>
  )
}
