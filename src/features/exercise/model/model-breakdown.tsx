import type { ModelCheck, ModelGrade } from '../../../engine/schema/types'

const GROUPS: { title: string; matches: (id: string) => boolean }[] = [
  { title: 'Tables', matches: (id) => id.startsWith('entity:') || id === 'one-wide-table' },
  { title: 'Grain and keys', matches: (id) => id.startsWith('grain:') || id === 'keys-not-null' },
  { title: 'Measures, partitions and joins', matches: (id) => id === 'measures' || id.startsWith('partition:') || id === 'relationships' },
]

/**
 * Every check of a data-model grade with its own line: pass or fail, its weight, what it found
 * (and, once the hint is shown, what to change); then which of the scenario's questions the
 * schema can answer.
 */
export function ModelBreakdown({ grade, fixShown = false }: { grade: ModelGrade; fixShown?: boolean }) {
  return (
    <div className="rubric-breakdown model-breakdown">
      <h3 className="subsection-title">Checks</h3>
      {GROUPS.map((group) => {
        const checks = grade.checks.filter((c) => group.matches(c.id))
        if (checks.length === 0) return null
        return (
          <section key={group.title} aria-label={`Checks: ${group.title}`} className="rubric-criterion">
            <h4>{group.title}</h4>
            <ul className="model-checks">
              {checks.map((c) => (
                <CheckLine key={c.id} check={c} fixShown={fixShown} />
              ))}
            </ul>
          </section>
        )
      })}
      {grade.questions.length > 0 && (
        <section aria-label="Questions your schema can answer" className="rubric-criterion">
          <h4>
            Can it answer the scenario's questions?{' '}
            <span className="muted">
              — {grade.questions.filter((q) => q.answerable).length} of {grade.questions.length}
            </span>
          </h4>
          <ul className="model-checks">
            {grade.questions.map((q) => (
              <li key={q.id} className={q.answerable ? 'check-pass' : 'check-fail'}>
                <span className="rubric-mark" aria-hidden="true">
                  {q.answerable ? '✓' : '✗'}
                </span>{' '}
                <span className="visually-hidden">{q.answerable ? 'Answers: ' : 'Cannot answer yet: '}</span>
                {q.label}
                {q.reason && <span className="muted"> ({q.reason})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function CheckLine({ check, fixShown }: { check: ModelCheck; fixShown: boolean }) {
  const pass = check.status === 'pass'
  return (
    <li className={pass ? 'check-pass' : 'check-fail'} data-check={check.id}>
      <span className="rubric-mark" aria-hidden="true">
        {pass ? '✓' : '✗'}
      </span>{' '}
      <span className="visually-hidden">{pass ? 'Passed: ' : 'Failed: '}</span>
      {check.message}
      <span className="muted">
        {' '}
        ({check.required ? 'required, ' : ''}
        {formatWeight(check.weight)} points)
      </span>
      {!pass && fixShown && check.fix && (
        <span className="check-fix">
          {' '}
          <strong>Fix:</strong> {check.fix}
        </span>
      )}
    </li>
  )
}

const formatWeight = (weight: number): string => (Number.isInteger(weight) ? String(weight) : weight.toFixed(1))
