import { useState } from 'react'
import { useAppStore, type GradeState } from '../../../store'

/**
 * The verdict, in the page's only `role="status"` element. Its text starts with
 * `Accepted` or `Rejected` (the UI contract), followed by the feedback list: the symptom and the
 * named concept. A diagnosed mistake's fix stays behind "Show the hint" until asked for or
 * until the same mistake comes back (tiered feedback); the reference has its own button.
 */
export function VerdictPanel({ grade, exerciseId, fixShown = false }: { grade: GradeState; exerciseId?: string; fixShown?: boolean }) {
  const revealFix = useAppStore((state) => state.revealFix)
  const verdict = grade.status === 'done' ? grade.grade.verdict : undefined
  const hint = grade.status === 'done' && verdict === 'rejected' ? grade.grade.diagnosis?.fix : undefined
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
          {hint && exerciseId !== undefined && (fixShown ? (
            <p className="feedback-fix">
              <strong>Hint:</strong> {hint}
            </p>
          ) : (
            <button type="button" className="button-quiet" onClick={() => revealFix(exerciseId)}>
              Show the hint
            </button>
          ))}
          {verdict === 'rejected' && grade.grade.snippet && <CaseSnippet code={grade.grade.snippet} />}
        </>
      )}
    </div>
  )
}

/** The failing Python case as code to paste under the answer and run, with a copy button. */
function CaseSnippet({ code }: { code: string }) {
  const [copied, setCopied] = useState(false)
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false))
  }
  return (
    <div className="case-snippet">
      <p className="muted">The failing case, to run under your code:</p>
      <pre>
        <code>{code}</code>
      </pre>
      <button type="button" className="button-quiet" onClick={copy}>
        {copied ? 'Copied' : 'Copy the case'}
      </button>
    </div>
  )
}
