interface Props {
  /** The page's runtime (sandbox, Python, grader) is ready: the buttons may work. */
  ready: boolean
  /** Something is running or grading: the buttons wait. */
  busy: boolean
  /** While not ready: what is starting ("Loading data…"). */
  loading?: string
  /** Why the runtime did not start, in plain words. */
  error?: string
  onRun: () => void
  /** SQL only: EXPLAIN QUERY PLAN. */
  onPlan?: () => void
  onSubmit: () => void
  onReset: () => void
  /** "Reset to blank", "Reset to starter code". */
  resetLabel: string
  /** What Ctrl/Cmd+Enter does, for the shortcut line: "runs", "draws your schema". */
  runVerb?: string
}

/** Run, Plan, Submit (Run and Submit named by the UI contract), Reset, and why they may be disabled. */
export function AnswerActions({ ready, busy, loading, error, onRun, onPlan, onSubmit, onReset, resetLabel, runVerb = 'runs' }: Props) {
  const disabled = !ready || busy
  return (
    <div className="answer-actions">
      <button type="button" onClick={onRun} disabled={disabled} aria-keyshortcuts="Control+Enter Meta+Enter">
        Run
      </button>
      {onPlan && (
        <button type="button" onClick={onPlan} disabled={disabled}>
          Plan
        </button>
      )}
      <button type="button" className="button-primary" onClick={onSubmit} disabled={disabled} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
        Submit
      </button>
      <button type="button" className="button-quiet" onClick={onReset}>
        {resetLabel}
      </button>
      <span className="action-status" aria-live="polite">
        {!ready && loading && !error && (
          <>
            <span className="spinner" aria-hidden="true" /> {loading}
          </>
        )}
        {error && <span className="error-text">{error}</span>}
      </span>
      <p className="shortcut-hint muted">
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> {runVerb} · <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits
      </p>
    </div>
  )
}
