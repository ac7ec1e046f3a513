import { useAppStore } from '../../../store'

/** The reference answer: locked until a first Submit, then one click away. */
export function ReferencePanel({ exerciseId, reference, submitted, shown }: { exerciseId: string; reference: string; submitted: boolean; shown: boolean }) {
  const revealReference = useAppStore((state) => state.revealReference)
  return (
    <section aria-labelledby="reference-heading" className="card reference">
      <h2 id="reference-heading" className="section-title">
        Reference answer
      </h2>
      {!submitted && <p className="muted">Unlocks after your first Submit. Try it yourself first.</p>}
      {submitted && !shown && (
        <button type="button" className="button-quiet" onClick={() => revealReference(exerciseId)}>
          Show the reference answer
        </button>
      )}
      {shown && (
        <pre className="code-block" aria-label="Reference answer">
          <code>{reference.trim()}</code>
        </pre>
      )}
    </section>
  )
}
