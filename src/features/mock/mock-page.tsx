import { useEffect, useMemo } from 'react'
import { findScenario } from '../../scenarios'
import { MIXED_LOOP_ID, planMockLoop, runningMock, useAppStore } from '../../store'
import { usePageMeta } from '../../ui/page-meta'
import { mockHomeHref, mockHref } from '../../ui/router'
import { formatDuration } from './format'
import { MockRun } from './mock-run'
import { MockSetup } from './mock-setup'
import type { MockSlots } from './slots'
import './mock.css'

interface Props {
  /** A scenario id, or `mixed`. */
  scope: string
  /** The test hook: every part defaults to this many seconds (and times are edited in seconds). */
  secondsPerPart?: number
  slots: MockSlots
}

/** `#/mock/<scope>`: the setup of a loop, or the loop itself while it runs. */
export default function MockPage({ scope, secondsPerPart, slots }: Props) {
  const running = useAppStore((state) => runningMock(state.mockLoops))
  const resumeMock = useAppStore((state) => state.resumeMock)
  // After a reload the clock is re-armed here (a part whose time ran out meanwhile is graded now).
  useEffect(() => resumeMock(), [resumeMock])
  if (running && running.scope === scope) return <MockRun loop={running} slots={slots} />
  return <MockSetupPage scope={scope} secondsPerPart={secondsPerPart} runningElsewhere={running?.scope} />
}

function MockSetupPage({ scope, secondsPerPart, runningElsewhere }: { scope: string; secondsPerPart?: number; runningElsewhere?: string }) {
  const scenario = findScenario(scope)
  const title = scope === MIXED_LOOP_ID ? 'Mixed mock interview' : `Mock interview: ${scenario?.title ?? scope}`
  const heading = usePageMeta(title)
  const solved = useAppStore((state) => state.solved)
  const loops = useAppStore((state) => state.mockLoops)
  // The plan is chosen once per visit: a Submit elsewhere must not reshuffle the form under the learner.
  const plan = useMemo(() => planMockLoop(scope, { solved, loops, secondsPerPart }), [scope, secondsPerPart])
  const elsewhere = runningElsewhere === undefined ? undefined : runningElsewhere === MIXED_LOOP_ID ? 'the mixed loop' : (findScenario(runningElsewhere)?.title ?? runningElsewhere)
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={mockHomeHref()}>Mock interview</a>
      </nav>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">
        {scope === MIXED_LOOP_ID
          ? 'Four parts in a row, each from a different scenario, like an interview loop.'
          : 'The four parts of an interview loop in a row, on this scenario.'}{' '}
        Each part runs on the exercise&apos;s own page, under a clock. After each part the interviewer follows up; at the end you get a report.
      </p>
      {elsewhere && runningElsewhere && (
        <p className="mock-notice">
          A loop on {elsewhere} is still running: <a href={mockHref(runningElsewhere)}>go back to it</a>, or start this one, which stops it.
        </p>
      )}
      {secondsPerPart !== undefined && <p className="mock-notice">Test timer: every part starts at {formatDuration(secondsPerPart)} (set by ?seconds-per-part).</p>}
      <MockSetup scope={scope} initialPlan={plan} inSeconds={secondsPerPart !== undefined} onStarted={() => window.scrollTo(0, 0)} />
    </>
  )
}
