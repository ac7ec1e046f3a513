import type { CounterexampleState } from '../../../store'
import { useAppStore } from '../../../store'
import { DataTable } from '../../../ui/data-table'
import { plural } from '../../../ui/format'

/**
 * The smallest example that breaks a rejected answer: a few input rows per table, what the
 * reference and the answer return on just those rows, and one sentence on the difference.
 * The search runs in the SQL worker after the verdict; Stop ends it, and Submit never waits for it.
 */
export function CounterexampleView({ exerciseId, state }: { exerciseId: string; state: CounterexampleState | undefined }) {
  if (!state) return null
  const stop = () => useAppStore.getState().stopCounterexample(exerciseId)
  const retry = () => void useAppStore.getState().findCounterexample(exerciseId)
  return (
    <section aria-labelledby="counterexample-heading" className="counterexample" aria-live="polite">
      <h3 id="counterexample-heading" className="section-title">
        A small example
      </h3>
      {state.status === 'searching' && (
        <p className="muted">
          Looking for the fewest input rows on which your answer and the reference disagree
          {state.rows !== undefined ? ` (down to ${plural(state.rows, 'row')} so far)` : ''}…{' '}
          <button type="button" className="button-quiet" onClick={stop}>
            Stop
          </button>
        </p>
      )}
      {state.status === 'none' && (
        <p className="muted">
          No small example to show: {state.reason}{' '}
          <button type="button" className="button-quiet" onClick={retry}>
            Show a small example
          </button>
        </p>
      )}
      {state.status === 'done' && <Example example={state.example} />}
    </section>
  )
}

function Example({ example }: { example: Extract<CounterexampleState, { status: 'done' }>['example'] }) {
  const tables = Object.entries(example.tables).filter(([, t]) => t.rows.length > 0)
  return (
    <>
      <p>{example.sentence}</p>
      <p className="muted">
        {plural(example.rows, 'input row')} from the {example.dataset} dataset
        {example.minimal ? ': remove any one of them and the two queries agree.' : ' (the search stopped before it could make it smaller).'}
      </p>
      {tables.map(([name, table]) => (
        <DataTable key={name} label={`Input rows of ${name}`} caption={`Input rows of ${name}`} columns={table.columns} rows={table.rows} compact />
      ))}
      <div className="diff-sides">
        <div className="diff-side">
          <DataTable label="The reference on these rows" caption="The reference on these rows" columns={example.expected.columns} rows={example.expected.rows} compact />
        </div>
        <div className="diff-side">
          <DataTable label="Your answer on these rows" caption="Your answer on these rows" columns={example.actual.columns} rows={example.actual.rows} compact />
        </div>
      </div>
    </>
  )
}
