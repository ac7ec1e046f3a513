import { isBusy, useAppStore } from '../../../store'
import type { Scenario, SqlExercise } from '../../../scenarios/types'
import { AnswerActions } from '../shared/answer-actions'
import { AnswerEditor } from '../shared/editor/answer-editor'
import { ExerciseShell } from '../shared/exercise-shell'
import { HintsPanel } from '../shared/hints-panel'
import { ReferencePanel } from '../shared/reference-panel'
import { useAnswerDraft, useExerciseRuntime } from '../shared/use-answer'
import { useShortcuts } from '../shared/use-shortcuts'
import { VerdictPanel } from '../shared/verdict-panel'
import { CounterexampleView } from './counterexample-view'
import { DiffView } from './diff-view'
import { OutputTabs } from './output-tabs'
import { SchemaExplorer } from './schema-explorer'

/**
 * A SQL exercise: the answer runs on the scenario's datasets (loaded once per scenario by the
 * store, shared by its SQL pages). Run shows rows from the visible dataset, Plan how SQLite runs
 * the query, Submit grades on the visible dataset and the hidden variants.
 */
export function SqlExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: SqlExercise }) {
  const id = exercise.id
  const { status, run, plan, submit } = useExerciseRuntime(exercise)
  const { session, draft, setAnswer } = useAnswerDraft(id, '')
  const resetDraft = useAppStore((state) => state.resetDraft)

  useShortcuts(run, submit)

  const brief = (
    <>
      <SchemaExplorer scenarioId={scenario.id} tables={scenario.tables} />
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
          ready={status.status === 'ready'}
          busy={isBusy(session)}
          loading="Loading data…"
          error={status.status === 'error' ? `The data did not load: ${status.message}` : undefined}
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
        <VerdictPanel grade={session.grade} exerciseId={id} fixShown={session.fixShown} />
        {session.grade.status === 'done' && session.grade.grade.diff && <DiffView diff={session.grade.grade.diff} />}
        {session.grade.status === 'done' && <CounterexampleView exerciseId={id} state={session.counterexample} />}
      </section>
      <OutputTabs exerciseId={id} session={session} draft={draft} />
    </ExerciseShell>
  )
}
