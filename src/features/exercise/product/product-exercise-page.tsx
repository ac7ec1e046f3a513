import { useCallback, useEffect } from 'react'
import { composeProductOutline, useAppStore } from '../../../store'
import type { ProductExercise, Scenario } from '../../../scenarios/types'
import { AnswerEditor } from '../shared/editor/answer-editor'
import { ExerciseShell } from '../shared/exercise-shell'
import { HintsPanel } from '../shared/hints-panel'
import { ProductBreakdown } from './product-breakdown'
import { ProductCalculator } from './product-calculator'
import { ProductRatingHistory } from './product-rating-history'
import { ProductReview } from './product-review'
import { useShortcuts } from '../shared/use-shortcuts'
import { VerdictPanel } from '../shared/verdict-panel'
import { useAnswerDraft } from '../shared/use-answer'
import { useRubric } from './use-rubric'

const noRun = () => {}

/**
 * A product-sense question: a Markdown answer graded in the browser against the scenario's
 * rubric (no sandbox, no worker). After a first Submit the learner sees the reference answer
 * beside their own and rates themself per part of the rubric.
 */
export function ProductExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: ProductExercise }) {
  const id = exercise.id
  const rubricState = useRubric(exercise)
  const rubric = rubricState.status === 'ready' ? rubricState.rubric : undefined
  const outline = rubric ? composeProductOutline(rubric) : ''
  const { session, draft, setAnswer } = useAnswerDraft(id, outline)

  // No runtime to start, but opening it in the store counts the time spent on the page.
  useEffect(() => useAppStore.getState().openExercise(id), [id])
  const submit = useCallback(() => void useAppStore.getState().submit(id), [id])
  // There is no Run here: Ctrl/Cmd+Enter does nothing, Ctrl/Cmd+Shift+Enter submits.
  useShortcuts(noRun, submit)

  const brief = (
    <>
      <HintsPanel exerciseId={id} hints={exercise.hints} shown={session.hintsShown} />
      {rubric && <ProductCalculator key={id} plan={rubric.experiment} />}
    </>
  )

  return (
    <ExerciseShell scenario={scenario} exercise={exercise} brief={brief}>
      <section aria-labelledby="answer-heading" className="card answer">
        <h2 id="answer-heading" className="section-title">
          Your answer
        </h2>
        <p className="muted">Write in Markdown, one section per part of the question.</p>
        {/* The editor waits for the rubric (a few milliseconds), so it opens on the outline of its parts. */}
        {rubric && <AnswerEditor key={id} value={draft} onChange={setAnswer} language="markdown" onRun={noRun} onSubmit={submit} tables={[]} />}
        <div className="answer-actions">
          <button type="button" className="button-primary" onClick={submit} disabled={!rubric} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
            Submit
          </button>
          <button type="button" className="button-quiet" onClick={() => setAnswer(outline)}>
            Reset to outline
          </button>
          {rubricState.status === 'loading' && <span className="action-status muted">Loading the rubric…</span>}
          {rubricState.status === 'error' && <span className="action-status error-text">The rubric could not load, so this answer cannot be graded: {rubricState.message}</span>}
          <p className="shortcut-hint muted">
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits
          </p>
        </div>
      </section>
      <section aria-labelledby="verdict-heading" className="card verdict-card">
        <h2 id="verdict-heading" className="section-title">
          Verdict
        </h2>
        {session.grade.status === 'idle' && (
          <p className="muted">Submit checks which points of the rubric your answer covers, quoting the sentence that shows each.</p>
        )}
        <VerdictPanel grade={session.grade} />
        {session.product && <ProductBreakdown result={session.product.result} />}
      </section>
      {rubric && session.product && <ProductReview exerciseId={id} rubric={rubric} result={session.product.result} answer={session.product.answer} />}
      {rubric && <ProductRatingHistory exerciseId={id} rubric={rubric} />}
    </ExerciseShell>
  )
}
