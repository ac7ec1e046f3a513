import type { SandboxStatus } from '../../shared/sandbox/sandbox-context'

interface Props {
  sandbox: SandboxStatus
  gradable: boolean
  busy: boolean
  onRun: () => void
  onPlan: () => void
  onSubmit: () => void
  onReset: () => void
}

/** Run, Plan, Submit (Run and Submit named by the UI contract), Reset, and why they may be disabled. */
export function AnswerActions({ sandbox, gradable, busy, onRun, onPlan, onSubmit, onReset }: Props) {
  const ready = sandbox.status === 'ready' && gradable
  return (
    <div className="answer-actions">
      <button type="button" onClick={onRun} disabled={!ready || busy} aria-keyshortcuts="Control+Enter Meta+Enter">
        Run
      </button>
      <button type="button" onClick={onPlan} disabled={!ready || busy}>
        Plan
      </button>
      <button type="button" className="button-primary" onClick={onSubmit} disabled={!ready || busy} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
        Submit
      </button>
      <button type="button" className="button-quiet" onClick={onReset}>
        Reset to blank
      </button>
      <span className="action-status" aria-live="polite">
        {!gradable && 'Grading for this kind of exercise arrives in a later release.'}
        {gradable && sandbox.status === 'loading' && (
          <>
            <span className="spinner" aria-hidden="true" /> Loading data…
          </>
        )}
        {gradable && sandbox.status === 'error' && <span className="error-text">The data did not load: {sandbox.message}</span>}
      </span>
      <p className="shortcut-hint muted">
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs · <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits
      </p>
    </div>
  )
}
