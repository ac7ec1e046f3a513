import type { RubricResult } from '../../../engine/rubric'

/**
 * Per part of the rubric: the points covered, each with the sentence that shows it, and the points
 * missing, each with what would cover it; then the experiment-length check against the helper's minimum, when the rubric has one.
 */
export function ProductBreakdown({ result }: { result: RubricResult }) {
  const length = result.experimentLength
  return (
    <div className="rubric-breakdown">
      <h3 className="subsection-title">Coverage by part</h3>
      {result.criteria.map((c) => (
        <section key={c.id} aria-label={`Coverage: ${c.title}`} className="rubric-criterion">
          <h4>
            {c.title} <span className="muted">— {c.covered.length} of {c.covered.length + c.missing.length} points ({c.score}%)</span>
          </h4>
          {c.covered.length > 0 && (
            <ul className="rubric-covered">
              {c.covered.map((k) => (
                <li key={k.concept.id}>
                  <span className="rubric-mark" aria-hidden="true">✓</span> {k.concept.label}: <q>{k.sentence}</q>
                </li>
              ))}
            </ul>
          )}
          {c.missing.length > 0 && (
            // Each missing point says what would cover it, so the learner knows what to write next.
            <ul className="rubric-missing" aria-label={`Missing: ${c.title}`}>
              {c.missing.map((m) => (
                <li key={m.id}>
                  <span className="rubric-mark" aria-hidden="true">✗</span> {m.required && <strong>Required: </strong>}
                  {m.advice}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {length && (
        <section aria-label="Check: test length" className="rubric-criterion">
          <h4>
            Test length <span className="muted">— {length.status === 'pass' ? 'long enough' : 'flagged'}</span>
          </h4>
          <p className={length.status === 'pass' ? undefined : 'rubric-missing'}>
            <span className="rubric-mark" aria-hidden="true">
              {length.status === 'pass' ? '✓' : '✗'}
            </span>{' '}
            {length.message}
          </p>
        </section>
      )}
    </div>
  )
}
