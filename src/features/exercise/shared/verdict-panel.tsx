import type { GradeState } from '../../../store'

/**
 * The verdict, in the page's only `role="status"` element. Its text starts with
 * `Accepted` or `Rejected` (the UI contract), followed by the feedback list.
 */
export function VerdictPanel({ grade }: { grade: GradeState }) {
  const verdict = grade.status === 'done' ? grade.grade.verdict : undefined
  return (
    <div role="status" className={`verdict${verdict ? ` verdict-${verdict}` : ''}`} aria-busy={grade.status === 'grading'}>
      {grade.status === 'grading' && <p className="muted">Grading…</p>}
      {grade.status === 'error' && <p className="verdict-title">Could not grade: {grade.message}</p>}
      {grade.status === 'done' && (
        <>
          <p className="verdict-title">{verdict === 'accepted' ? 'Accepted' : 'Rejected'}</p>
          {grade.grade.feedback.length > 0 && (
            <ul className="feedback">
              {grade.grade.feedback.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
