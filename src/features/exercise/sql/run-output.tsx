import type { RunState } from '../../../store'
import { FailureMessage } from '../shared/failure-message'
import { describeRun, ResultsGrid } from './results-grid'

/** The Result tab: Run's row-count line, then the rows or the error. */
export function RunOutput({ run }: { run: RunState }) {
  return (
    <>
      {/* Always mounted, so screen readers announce "Running…" and then the row count; the grid stays out of it. */}
      <p className="row-count" aria-live="polite">
        {run.status === 'running' && 'Running…'}
        {run.status === 'done' && describeRun(run.result)}
        {run.status === 'done' && run.result.truncated && <span className="muted"> (the rest are not shown)</span>}
      </p>
      {run.status === 'idle' && <p className="muted">Run shows your query&apos;s rows on the visible dataset, without grading.</p>}
      {run.status === 'done' && <ResultsGrid result={run.result} />}
      {run.status === 'failed' && <FailureMessage failure={run.failure} />}
    </>
  )
}
