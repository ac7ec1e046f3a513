import { useEffect } from 'react'
import { useScenarioSandbox } from '../../shared/sandbox/sandbox-context'
import { isBusy, useAppStore } from '../../shared/store'
import type { Exercise, Scenario, SqlExercise } from '../../scenarios/types'
import { AnswerActions } from './answer-actions'
import { DiffView } from './diff-view'
import { AnswerEditor } from './editor/answer-editor'
import { ExerciseShell } from './exercise-shell'
import { HintsPanel } from './hints-panel'
import { OutputTabs } from './output-tabs'
import { ModelExercisePage } from './model-exercise-page'
import { ProductExercisePage } from './product-exercise-page'
import { PythonExercisePage } from './python-exercise-page'
import { ReferencePanel } from './reference-panel'
import { SchemaExplorer } from './schema-explorer'
import { useShortcuts } from './use-shortcuts'
import { VerdictPanel } from './verdict-panel'
import { useAnswerDraft, useRuntimeAction } from './use-answer'

/**
 * One exercise: Python answers run in Pyodide (its own page), product-sense answers are graded
 * by their rubric in the page (its own page), data models in a SQL sandbox on an empty
 * database (its own page), SQL answers against the scenario's datasets.
 */
export function ExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: Exercise }) {
  if (exercise.kind === 'python') return <PythonExercisePage scenario={scenario} exercise={exercise} />
  if (exercise.kind === 'product') return <ProductExercisePage scenario={scenario} exercise={exercise} />
  if (exercise.kind === 'model') return <ModelExercisePage scenario={scenario} exercise={exercise} />
  return <SqlExercisePage scenario={scenario} exercise={exercise} />
}

function SqlExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: SqlExercise }) {
  const sandbox = useScenarioSandbox()
  const runtime = sandbox.status === 'ready' ? sandbox.runtime : undefined
  const id = exercise.id
  const { session, draft, setAnswer } = useAnswerDraft(id, '')
  const resetDraft = useAppStore((state) => state.resetDraft)

  const run = useRuntimeAction(runtime, (r) => useAppStore.getState().runAnswer(exercise, r))
  const plan = useRuntimeAction(runtime, (r) => useAppStore.getState().planAnswer(exercise, r))
  const submit = useRuntimeAction(runtime, (r) => useAppStore.getState().submitAnswer(exercise, r))
  useShortcuts(run, submit)

  // Run the reference and known-wrong answers in the background, so the first Submit is quick.
  useEffect(() => {
    if (!runtime) return
    const timer = setTimeout(() => runtime.prepare(exercise).catch(() => undefined), 300)
    return () => clearTimeout(timer)
  }, [runtime, exercise])

  const brief = (
    <>
      <SchemaExplorer tables={scenario.tables} />
      <HintsPanel exerciseId={id} hints={exercise.hints} shown={session.hintsShown} />
      <ReferencePanel exerciseId={id} reference={exercise.reference} submitted={session.submitted} shown={session.referenceShown} />
    </>
  )

  return (
    <ExerciseShell scenario={scenario} exercise={exercise} brief={brief}>
      <section aria-labelledby="answer-heading" className="card answer">
        <h2 id="answer-heading" className="section-title">
          Your answer
        </h2>
        <AnswerEditor
          key={id}
          value={draft}
          onChange={setAnswer}
          language="sql"
          onRun={run}
          onSubmit={submit}
          tables={scenario.tables}
        />
        <AnswerActions
          ready={sandbox.status === 'ready'}
          busy={isBusy(session)}
          loading="Loading data…"
          error={sandbox.status === 'error' ? `The data did not load: ${sandbox.message}` : undefined}
          onRun={run}
          onPlan={plan}
          onSubmit={submit}
          onReset={() => resetDraft(id)}
          resetLabel="Reset to blank"
        />
      </section>
      <section aria-labelledby="verdict-heading" className="card verdict-card">
        <h2 id="verdict-heading" className="section-title">
          Verdict
        </h2>
        {session.grade.status === 'idle' && (
          <p className="muted">Submit grades your answer on the visible dataset and on hidden variants of it.</p>
        )}
        <VerdictPanel grade={session.grade} />
        {session.grade.status === 'done' && session.grade.grade.diff && <DiffView diff={session.grade.grade.diff} />}
      </section>
      <OutputTabs exerciseId={id} session={session} draft={draft} />
    </ExerciseShell>
  )
}
