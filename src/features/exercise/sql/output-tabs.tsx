import { useRef, type KeyboardEvent } from 'react'
import { useAppStore, type ExerciseSession, type OutputView } from '../../../store'
import { PlanView } from './plan-view'
import { RunOutput } from './run-output'

const VIEWS: { view: OutputView; label: string }[] = [
  { view: 'result', label: 'Result' },
  { view: 'plan', label: 'Query plan' },
]

/** Arrow keys wrap around; Home and End jump to the first and last tab. */
const MOVES: Record<string, (current: number, count: number) => number> = {
  ArrowRight: (current, count) => (current + 1) % count,
  ArrowLeft: (current, count) => (current + count - 1) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
}

/**
 * Run's rows and Plan's query plan share one place, as tabs (WAI-ARIA tabs pattern: arrow keys,
 * Home and End move between tabs). Run and Plan switch the tab themselves through the store,
 * so the answer to the button just pressed is always the one showing.
 */
export function OutputTabs({ exerciseId, session, draft }: { exerciseId: string; session: ExerciseSession; draft: string }) {
  const showOutput = useAppStore((state) => state.showOutput)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const active = session.output

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key]
    if (!move) return
    const next = move(VIEWS.findIndex((v) => v.view === active), VIEWS.length)
    event.preventDefault()
    showOutput(exerciseId, VIEWS[next].view)
    tabs.current[next]?.focus()
  }

  return (
    <section aria-labelledby="output-heading" className="card output">
      <h2 id="output-heading" className="visually-hidden">
        Output
      </h2>
      <div role="tablist" aria-labelledby="output-heading" className="output-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map(({ view, label }, i) => (
          <button
            key={view}
            ref={(element) => {
              tabs.current[i] = element
            }}
            type="button"
            role="tab"
            id={`output-tab-${view}`}
            aria-controls={`output-panel-${view}`}
            aria-selected={active === view}
            tabIndex={active === view ? 0 : -1}
            className="output-tab"
            onClick={() => showOutput(exerciseId, view)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="output-panel-result"
        aria-labelledby="output-tab-result"
        aria-busy={session.run.status === 'running'}
        hidden={active !== 'result'}
        tabIndex={0}
        className="output-panel"
      >
        <RunOutput run={session.run} />
      </div>
      <div
        role="tabpanel"
        id="output-panel-plan"
        aria-labelledby="output-tab-plan"
        aria-busy={session.plan.status === 'planning'}
        hidden={active !== 'plan'}
        tabIndex={0}
        className="output-panel"
      >
        <PlanView plan={session.plan} draft={draft} />
      </div>
    </section>
  )
}
