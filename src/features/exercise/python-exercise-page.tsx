import { usePythonRuntime } from '../../shared/python/python-runtime'
import { isBusy, useAppStore } from '../../shared/store'
import type { PythonExercise, Scenario } from '../../scenarios/types'
import { AnswerEditor } from './editor/answer-editor'
import { ExerciseShell } from './exercise-shell'
import { HintsPanel } from './hints-panel'
import { AnswerActions } from './answer-actions'
import { PythonOutput } from './python-output'
import { useShortcuts } from './use-shortcuts'
import { VerdictPanel } from './verdict-panel'
import { useAnswerDraft, useRuntimeAction } from './use-answer'

/**
 * A Python exercise: the answer runs in Pyodide (started when this page opens, shared with
 * the other Python pages), Run shows what each visible case returned, raised and printed,
 * Submit grades on hidden and random cases too. Hints only: there is no reference code to show.
 */
export function PythonExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: PythonExercise }) {
  const python = usePythonRuntime()
  const runtime = python.status === 'ready' ? python.runtime : undefined
  const id = exercise.id
  const { session, draft, setAnswer } = useAnswerDraft(id, exercise.starterCode)

  const run = useRuntimeAction(runtime, (r) => useAppStore.getState().runPythonAnswer(exercise, r))
  const submit = useRuntimeAction(runtime, (r) => useAppStore.getState().submitPythonAnswer(exercise, r))
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
          error={python.status === 'failed' ? `Python did not start: ${python.message}` : undefined}
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
        {session.grade.status === 'idle' && <p className="muted">Submit grades your code on the visible cases and on hidden and random ones.</p>}
        <VerdictPanel grade={session.grade} />
      </section>
      <PythonOutput run={session.pythonRun} />
    </ExerciseShell>
  )
}
