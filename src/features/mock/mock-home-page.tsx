import { scenarios, findScenario } from '../../scenarios'
import { DEFAULT_PART_MINUTES, MIXED_LOOP_ID, MOCK_PART_KINDS, pastMocks, runningMock, useAppStore } from '../../store'
import { usePageMeta } from '../../ui/page-meta'
import { mockHref } from '../../ui/router'
import { PART_WORDS } from './format'
import { MockHistory } from './mock-history'
import './mock.css'

/** `#/mock`: what to mock (each scenario, or the mixed loop), the loop still running, and past loops. */
export default function MockHomePage() {
  const heading = usePageMeta('Mock interview')
  const loops = useAppStore((state) => state.mockLoops)
  const running = runningMock(loops)
  const defaults = MOCK_PART_KINDS.map((kind) => `${PART_WORDS[kind]} ${DEFAULT_PART_MINUTES[kind]} min`).join(', ')
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Mock interview
      </h1>
      <p className="lead">
        Rehearse the loop as it runs: four parts in a row under a clock ({defaults}; you can change each time before you start), the interviewer&apos;s
        follow-ups after each part, then a report with what to practise.
      </p>
      {running && (
        <p className="mock-notice">
          A loop is running ({running.scope === MIXED_LOOP_ID ? 'mixed' : (findScenario(running.scope)?.title ?? running.scope)}, part {running.current + 1} of{' '}
          {running.parts.length}): <a href={mockHref(running.scope)}>continue it</a>.
        </p>
      )}
      <ul className="scenario-list mock-scopes" aria-label="Loops to mock">
        <li className="card scenario-card">
          <h2>
            <a href={mockHref(MIXED_LOOP_ID)}>Mixed loop</a>
          </h2>
          <p>Each part from a different scenario, as in a real loop where every interviewer brings their own problem.</p>
        </li>
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="card scenario-card">
            <h2>
              <a href={mockHref(scenario.id)}>{scenario.title}</a>
            </h2>
            <p>{scenario.summary}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="mock-history-heading" className="card mock-history-card">
        <h2 id="mock-history-heading">Your loops compared</h2>
        <MockHistory loops={pastMocks(loops)} />
      </section>
    </>
  )
}
