import type { PythonRuntimeState } from '../../shared/python/python-runtime'

interface Props {
  python: PythonRuntimeState
  busy: boolean
  onRun: () => void
  onSubmit: () => void
  onReset: () => void
}

/** Run and Submit (named by the UI contract), Reset, and why they are disabled while Python starts. */
export function PythonActions({ python, busy, onRun, onSubmit, onReset }: Props) {
  const disabled = python.status !== 'ready' || busy
  return (
    <div className="answer-actions">
      <button type="button" onClick={onRun} disabled={disabled} aria-keyshortcuts="Control+Enter Meta+Enter">
        Run
      </button>
      <button type="button" className="button-primary" onClick={onSubmit} disabled={disabled} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
        Submit
      </button>
      <button type="button" className="button-quiet" onClick={onReset}>
        Reset to starter code
      </button>
      <span className="action-status" aria-live="polite">
        {python.status === 'loading' && (
          <>
            <span className="spinner" aria-hidden="true" /> Starting Python… (the first time takes a few seconds)
          </>
        )}
        {python.status === 'failed' && <span className="error-text">Python did not start: {python.message}</span>}
      </span>
      <p className="shortcut-hint muted">
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs · <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits
      </p>
    </div>
  )
}
