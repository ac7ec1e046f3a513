import { isBusy } from '../../../store'
import type { PythonExercise, Scenario } from '../../../scenarios/types'
import { AnswerEditor } from '../shared/editor/answer-editor'
import { ExerciseShell } from '../shared/exercise-shell'
import { HintsPanel } from '../shared/hints-panel'
import { AnswerActions } from '../shared/answer-actions'
import { PythonOutput } from './python-output'
import { useShortcuts } from '../shared/use-shortcuts'
import { VerdictPanel } from '../shared/verdict-panel'
import { useAnswerDraft, useExerciseRuntime } from '../shared/use-answer'

/**
 * A Python exercise: the answer runs in Pyodide (started when this page opens, shared with
 * the other Python pages), Run shows what each visible case returned, raised and printed,
 * Submit grades on hidden and random cases too. Hints only: there is no reference code to show.
 */
export function PythonExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: PythonExercise }) {
  const id = exercise.id
  const { status: python, run, submit } = useExerciseRuntime(exercise)
  const { session, draft, setAnswer } = useAnswerDraft(id, exercise.starterCode)

  useShortcuts(run, submit)

  return (
    <ExerciseShell
      scenario={scenario}
      exercise={exercise}
      brief={<HintsPanel exerciseId={id} hints={exercise.hints} shown={session.hintsShown} />}
    >
      <section aria-labelledby="answer-heading" className="card answer">
        <h2 id="answer-heading" className="section-title">
          Your answer
        </h2>
        <AnswerEditor key={id} value={draft} onChange={setAnswer} language="python" onRun={run} onSubmit={submit} tables={[]} />
        <AnswerActions
          ready={python.status === 'ready'}
          busy={isBusy(session)}
          loading="Starting Python… (the first time takes a few seconds)"
          error={python.status === 'error' ? `Python did not start: ${python.message}` : undefined}
          onRun={run}
          onSubmit={submit}
          onReset={() => setAnswer(exercise.starterCode)}
          resetLabel="Reset to starter code"
        />
      </section>
      <section aria-labelledby="verdict-heading" className="card verdict-card">
        <h2 id="verdict-heading" className="section-title">
          Verdict
        </h2>
        {session.grade.status === 'idle' && <p className="muted">Submit grades your code on the example cases and on hidden and random ones.</p>}
        <VerdictPanel grade={session.grade} exerciseId={id} fixShown={session.fixShown} />
      </section>
      <PythonOutput run={session.pythonRun} />
    </ExerciseShell>
  )
}
