import type { SqlFailure } from '../../../engine/types'

/** A failed Run: where it failed, why, and the SQLite form of a Postgres-ism when one was spotted. */
export function FailureMessage({ failure }: { failure: SqlFailure }) {
  const title =
    failure.kind === 'timeout'
      ? 'Timed out: the query ran past the time limit and was stopped.'
      : failure.kind === 'too-many-rows'
        ? 'Too many rows: the query was stopped.'
        : failure.line !== undefined
          ? `Error on line ${failure.line}`
          : 'Error'
  return (
    <div className={`failure failure-${failure.kind}`} role="alert">
      <p className="failure-title">{title}</p>
      <p className="failure-message">{failure.line !== undefined ? failure.message.replace(/^Line \d+: /, '') : failure.message}</p>
      {failure.hint && (
        <p className="failure-hint">
          <strong>SQLite dialect hint:</strong> {failure.hint}
        </p>
      )}
      {failure.kind === 'timeout' && (
        <p className="muted">The sandbox restarted with the data reloaded. Edit the query and run it again.</p>
      )}
    </div>
  )
}
