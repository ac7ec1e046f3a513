import { isBusy, useAppStore, type ExerciseSession } from '../../../store'
import type { ModelExercise, Scenario } from '../../../scenarios/types'
import { AnswerActions } from '../shared/answer-actions'
import { AnswerEditor } from '../shared/editor/answer-editor'
import { ExerciseShell } from '../shared/exercise-shell'
import { FailureMessage } from '../shared/failure-message'
import { HintsPanel } from '../shared/hints-panel'
import { ModelBreakdown } from './model-breakdown'
import { ErDiagram } from './er-diagram'
import { ReferencePanel } from '../shared/reference-panel'
import { useShortcuts } from '../shared/use-shortcuts'
import { VerdictPanel } from '../shared/verdict-panel'
import { useAnswerDraft, useExerciseRuntime } from '../shared/use-answer'

/**
 * A data-modeling question: the learner writes CREATE TABLE statements. Run creates them on an
 * empty database and draws the schema; Submit grades it (roles, grain probed with inserts,
 * keys, measures, partitions, joins, the scenario's questions) and draws it beside the reference.
 */
export function ModelExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: ModelExercise }) {
  const id = exercise.id
  const { status: model, run, submit } = useExerciseRuntime(exercise)
  const { session, draft, setAnswer } = useAnswerDraft(id, '')
  const resetDraft = useAppStore((state) => state.resetDraft)

  useShortcuts(run, submit)

  const brief = (
    <>
      <HintsPanel exerciseId={id} hints={exercise.hints} shown={session.hintsShown} />
      <ReferencePanel exerciseId={id} reference={exercise.reference} submitted={session.submitted} shown={session.referenceShown} />
    </>
  )

  return (
    <ExerciseShell scenario={scenario} exercise={exercise} brief={brief} wide={<DiagramsCard session={session} />}>
      <section aria-labelledby="answer-heading" className="card answer">
        <h2 id="answer-heading" className="section-title">
          Your answer
        </h2>
        <p className="muted">One CREATE TABLE per table. Interview dialects are fine: VARCHAR(n), DECIMAL, BOOLEAN, TIMESTAMP, JSON, PARTITION BY, inline INDEX.</p>
        <AnswerEditor key={id} value={draft} onChange={setAnswer} language="sql" onRun={run} onSubmit={submit} tables={[]} />
        <AnswerActions
          ready={model.status === 'ready'}
          busy={isBusy(session)}
          loading="Starting the SQL sandbox…"
          error={model.status === 'error' ? `The SQL sandbox did not start: ${model.message}` : undefined}
          onRun={run}
          onSubmit={submit}
          onReset={() => resetDraft(id)}
          resetLabel="Reset to blank"
          runVerb="draws your schema"
        />
      </section>
      <section aria-labelledby="verdict-heading" className="card verdict-card">
        <h2 id="verdict-heading" className="section-title">
          Verdict
        </h2>
        {session.grade.status === 'idle' && (
          <p className="muted">Submit checks each table's role and grain (by inserting duplicate rows), keys, measures, partitions and joins, and which of the scenario's questions your schema can answer.</p>
        )}
        <VerdictPanel grade={session.grade} exerciseId={id} fixShown={session.fixShown} />
        {session.grade.status === 'done' && session.model && <ModelBreakdown grade={session.model} fixShown={session.fixShown} />}
      </section>
    </ExerciseShell>
  )
}

/** Run's drawing of the answer; after Submit, the graded answer beside the reference with what is missing marked. */
function DiagramsCard({ session }: { session: ExerciseSession }) {
  const run = session.modelRun ?? { status: 'idle' }
  const graded = session.grade.status === 'done' ? session.model : undefined
  return (
    <section aria-labelledby="diagram-heading" className="card diagram-card">
      <h2 id="diagram-heading" className="section-title">
        Diagram
      </h2>
      {run.status === 'idle' && !graded && <p className="muted">Run draws the tables your answer creates and how they join.</p>}
      {run.status === 'running' && <p className="muted">Creating your tables…</p>}
      {run.status === 'failed' && <FailureMessage failure={run.failure} />}
      {run.status === 'done' && !graded && (
        <>
          <ErDiagram schema={run.diagram} title="Your schema" />
          {run.notes.length > 0 && (
            <ul className="muted">
              {run.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {graded && (
        <div className="diagram-pair">
          <ErDiagram schema={graded.diagrams.answer} title="Your schema" />
          <ErDiagram schema={graded.diagrams.reference} title="Reference schema" label="Reference schema, with what your answer lacks marked missing" />
        </div>
      )}
    </section>
  )
}
