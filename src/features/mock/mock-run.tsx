import { useEffect, useRef } from 'react'
import { findExercise } from '../../scenarios'
import { mockFollowUps, mockPhase, useAppStore, type MockLoop } from '../../store'
import { usePageMeta } from '../../ui/page-meta'
import { mockReportHref } from '../../ui/router'
import { formatClock, formatDuration, PART_LABELS } from './format'
import { MockTimer } from './mock-timer'
import type { MockSlots } from './slots'

const VERDICT_WORDS = { accepted: 'Accepted', rejected: 'Rejected', error: 'Could not be graded' } as const

/** A running loop: the current part on its exercise's own page under the clock, then its follow-ups. */
export function MockRun({ loop, slots }: { loop: MockLoop; slots: MockSlots }) {
  const phase = mockPhase(loop)
  const part = loop.parts[loop.current]
  const found = findExercise(part.exerciseId)
  const stopMock = useAppStore((state) => state.stopMock)
  const label = useRef<HTMLParagraphElement>(null)
  // A new part replaces the page without a navigation: bring focus (and the reader) to its top.
  useEffect(() => {
    if (phase === 'running') label.current?.focus()
  }, [loop.current, phase])

  if (!found) return <p className="error-text">This loop names an exercise that no longer exists: {part.exerciseId}.</p>
  const stop = () => {
    stopMock(loop.id)
    window.location.hash = mockReportHref(loop.scope, loop.id)
  }
  return (
    <>
      <section className="mock-bar" aria-label="Mock interview">
        <p className="mock-bar-part" tabIndex={-1} ref={label}>
          Mock interview · Part {loop.current + 1} of {loop.parts.length}: {PART_LABELS[part.kind]}
        </p>
        <MockTimer part={part} />
        <button type="button" className="button-quiet" onClick={stop}>
          Stop the loop
        </button>
      </section>
      {phase === 'running' && slots.renderExercise(found.scenario, found.exercise)}
      {phase === 'grading' && <Grading timedOut={part.endedBy === 'time'} title={found.exercise.title} />}
      {phase === 'follow-ups' && <PartFollowUps loop={loop} slots={slots} />}
    </>
  )
}

function Grading({ timedOut, title }: { timedOut: boolean; title: string }) {
  const heading = usePageMeta(`Grading: ${title}`)
  return (
    <div className="card mock-grading">
      <h1 ref={heading} tabIndex={-1}>
        {timedOut ? 'Time is up' : 'Submitted'}
      </h1>
      <p role="status">
        <span className="spinner" aria-hidden="true" /> Grading your answer to “{title}”…
      </p>
    </div>
  )
}

function PartFollowUps({ loop, slots }: { loop: MockLoop; slots: MockSlots }) {
  const part = loop.parts[loop.current]
  const found = findExercise(part.exerciseId)
  const result = part.result
  const isLast = loop.current === loop.parts.length - 1
  const nextMockPart = useAppStore((state) => state.nextMockPart)
  const heading = usePageMeta(`Part ${loop.current + 1} done`)
  useEffect(() => heading.current?.focus(), [heading, loop.current])
  if (!found || !result) return null
  const followUps = mockFollowUps(found.scenario, part.kind, isLast)
  const next = () => {
    nextMockPart(loop.id)
    if (isLast) window.location.hash = mockReportHref(loop.scope, loop.id)
  }
  const nextPart = loop.parts[loop.current + 1]
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Part {loop.current + 1} of {loop.parts.length} done: {PART_LABELS[part.kind]}
      </h1>
      <p className={`mock-outcome mock-outcome-${result.verdict}`}>
        <strong>{VERDICT_WORDS[result.verdict]}</strong>, score {result.score} of 100, in {formatClock(result.secondsUsed)} of {formatClock(part.secondsGiven)}
        {part.endedBy === 'time' ? ' (time ran out)' : ''}. <span className="muted">The full feedback is in the report at the end.</span>
      </p>
      <p className="lead">
        The interviewer follows up on “{found.exercise.title}”. Say your talking points out loud or write them down, then compare them with ours. This part of
        the loop is not timed.
      </p>
      {followUps.length > 0 ? slots.renderFollowUps(found.scenario, followUps) : <p className="muted">No follow-up questions for this part.</p>}
      <p className="mock-next">
        <button type="button" className="button-primary" onClick={next}>
          {nextPart ? `Start part ${loop.current + 2}: ${PART_LABELS[nextPart.kind]} (${formatDuration(nextPart.secondsGiven)})` : 'See the report'}
        </button>
      </p>
    </>
  )
}
