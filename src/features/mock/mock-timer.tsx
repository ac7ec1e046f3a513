import { mockTimerNotice, partDeadline, type MockPart } from '../../store'
import { useNow } from '../../ui/use-now'
import { formatClock, formatDuration } from './format'

/**
 * The part's clock. The face ticks every second but is not a live region (role="timer" is not
 * announced as it changes); a separate polite region speaks only at five minutes left, one minute
 * left and time up. Under a minute the face also says so in words, not only in colour.
 */
export function MockTimer({ part }: { part: MockPart }) {
  const now = useNow(500)
  const ended = part.endedAt !== undefined
  const left = Math.max(0, (partDeadline(part) - (ended ? Date.parse(part.endedAt ?? '') : now)) / 1000)
  const notice = part.endedBy === 'submit' ? '' : mockTimerNotice(ended ? 0 : left, part.secondsGiven)
  const low = !ended && left <= 60
  return (
    <div className={`mock-timer${low ? ' mock-timer-low' : ''}`}>
      <span className="mock-timer-label" id="mock-timer-label">
        Time left
      </span>
      <span role="timer" aria-labelledby="mock-timer-label" aria-describedby="mock-timer-given" className="mock-timer-face">
        {formatClock(left)}
      </span>
      <span id="mock-timer-given" className="mock-timer-given">
        of {formatDuration(part.secondsGiven)}
        {ended ? (part.endedBy === 'time' ? ' · time is up' : ' · submitted') : low ? ' · under a minute left' : ''}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {notice}
      </span>
    </div>
  )
}
