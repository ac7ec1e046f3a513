import { useAppStore } from '../../../store'
import { Markdown } from '../../../ui/markdown'

/** Hints, gentlest first, revealed one at a time. */
export function HintsPanel({ exerciseId, hints, shown }: { exerciseId: string; hints: string[]; shown: number }) {
  const revealHint = useAppStore((state) => state.revealHint)
  if (hints.length === 0) return null
  return (
    <section aria-labelledby="hints-heading" className="card hints">
      <h2 id="hints-heading" className="section-title">
        Hints
      </h2>
      {shown > 0 && (
        <ol className="hint-list">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>
              <Markdown>{hint}</Markdown>
            </li>
          ))}
        </ol>
      )}
      <p className="hint-actions">
        {shown < hints.length ? (
          <button type="button" className="button-quiet" onClick={() => revealHint(exerciseId, hints.length)}>
            Show a hint
          </button>
        ) : null}
        <span className="muted">
          {shown} of {hints.length} {hints.length === 1 ? 'hint' : 'hints'} shown
        </span>
      </p>
    </section>
  )
}
