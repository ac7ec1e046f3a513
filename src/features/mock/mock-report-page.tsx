import { findExercise, findScenario } from '../../scenarios'
import { MIXED_LOOP_ID, pastMocks, summarizeMock, useAppStore, type MockPart } from '../../store'
import { usePageMeta } from '../../ui/page-meta'
import { exerciseHref, mockHomeHref, mockHref } from '../../ui/router'
import { formatClock, formatDuration, formatWhen, PART_LABELS, PART_WORDS } from './format'
import { MockHistory } from './mock-history'
import './mock.css'

const VERDICT_WORDS = { accepted: 'Accepted', rejected: 'Rejected', error: 'Could not be graded' } as const

/** `#/mock/<scope>/report/<loop-id>`: how each part went, the loop in numbers, and past loops compared. */
export default function MockReportPage({ loopId }: { loopId: string }) {
  const loop = useAppStore((state) => state.mockLoops[loopId])
  const loops = useAppStore((state) => state.mockLoops)
  const heading = usePageMeta('Mock interview report')
  const nav = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <a href={mockHomeHref()}>Mock interview</a>
    </nav>
  )
  if (!loop) {
    return (
      <>
        {nav}
        <h1 ref={heading} tabIndex={-1}>
          Mock interview report
        </h1>
        <p>There is no loop with this address on this device. Reports are saved in this browser only; an export carries them to another.</p>
      </>
    )
  }
  const summary = summarizeMock(loop)
  const scope = loop.scope === MIXED_LOOP_ID ? 'Mixed loop' : (findScenario(loop.scope)?.title ?? loop.scope)
  return (
    <>
      {nav}
      <h1 ref={heading} tabIndex={-1}>
        Mock interview report
      </h1>
      <p className="lead">
        {scope}, started {formatWhen(loop.startedAt)}
        {loop.status === 'stopped' && ' (stopped before the end)'}
        {loop.status === 'running' && ' (still running)'}.
      </p>
      <section aria-labelledby="mock-summary-heading" className="card">
        <h2 id="mock-summary-heading">Summary</h2>
        <dl className="mock-summary">
          <div>
            <dt>Parts accepted</dt>
            <dd>
              {summary.accepted} of {summary.parts}
            </dd>
          </div>
          <div>
            <dt>Average score</dt>
            <dd>{summary.averageScore} of 100</dd>
          </div>
          <div>
            <dt>Time used</dt>
            <dd>
              {formatDuration(summary.secondsUsed)} of {formatDuration(summary.secondsGiven)}
            </dd>
          </div>
        </dl>
        <p>{adviceFor(loop.parts)}</p>
        <p>
          <a href={mockHref(loop.scope)}>{loop.status === 'running' ? 'Back to the running loop' : 'Start another loop like this one'}</a>
        </p>
      </section>
      <ol className="mock-report-parts" aria-label="Parts">
        {loop.parts.map((part, index) => (
          <li key={part.kind}>
            <PartReport part={part} index={index} />
          </li>
        ))}
      </ol>
      <section aria-labelledby="mock-history-heading" className="card">
        <h2 id="mock-history-heading">Your loops compared</h2>
        <MockHistory loops={pastMocks(loops)} currentId={loop.id} />
      </section>
    </>
  )
}

/** One sentence on what to practise next: the weakest graded part. */
function adviceFor(parts: MockPart[]): string {
  const graded = parts.filter((part) => part.result)
  if (graded.length === 0) return 'No part was graded in this loop.'
  const weakest = graded.reduce((low, part) => ((part.result?.score ?? 0) < (low.result?.score ?? 0) ? part : low))
  if (graded.every((part) => part.result?.verdict === 'accepted')) return 'Every graded part was accepted. Try the mixed loop, or shorter times.'
  return `Practise ${PART_WORDS[weakest.kind]} first: it scored lowest (${weakest.result?.score ?? 0} of 100).`
}

function PartReport({ part, index }: { part: MockPart; index: number }) {
  const found = findExercise(part.exerciseId)
  const title = found?.exercise.title ?? part.exerciseId
  const result = part.result
  const headingId = `mock-part-${index}`
  return (
    <article className="card mock-part-report" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Part {index + 1}: {PART_LABELS[part.kind]}
      </h2>
      <p className="mock-part-exercise">
        {title}
        {found && <span className="muted"> · {found.scenario.title}</span>}
      </p>
      {!result ? (
        <p className="muted">Not graded: the loop stopped before this part ended.</p>
      ) : (
        <>
          <dl className="mock-summary">
            <div>
              <dt>Verdict</dt>
              <dd className={`mock-verdict-${result.verdict}`}>{VERDICT_WORDS[result.verdict]}</dd>
            </div>
            <div>
              <dt>Score</dt>
              <dd>{result.score} of 100</dd>
            </div>
            <div>
              <dt>Time used</dt>
              <dd>
                <span aria-hidden="true">
                  {formatClock(result.secondsUsed)} of {formatClock(part.secondsGiven)}
                </span>
                <span className="visually-hidden">
                  {formatDuration(result.secondsUsed)} of {formatDuration(part.secondsGiven)}
                </span>
                {part.endedBy === 'time' ? ' (time ran out)' : ' (submitted)'}
              </dd>
            </div>
          </dl>
          {result.mistakes.length > 0 && <Lines title="Named mistakes" lines={result.mistakes} />}
          {result.missed.length > 0 && <Lines title={part.kind === 'product' ? 'Missed rubric points' : 'Checks that failed'} lines={result.missed} />}
          {result.feedback.length > 0 && <Lines title="Feedback" lines={result.feedback} />}
          <details className="mock-answer">
            <summary>Your answer</summary>
            {part.answer?.trim() ? <pre>{part.answer}</pre> : <p className="muted">You wrote nothing: the starting text was graded.</p>}
          </details>
        </>
      )}
      {found && (
        <p>
          <a href={exerciseHref(part.exerciseId)}>Practise “{title}”</a>
        </p>
      )}
    </article>
  )
}

function Lines({ title, lines }: { title: string; lines: string[] }) {
  return (
    <>
      <h3 className="mock-lines-title">{title}</h3>
      <ul className="mock-lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  )
}
