import { useId } from 'react'
import { findScenario } from '../../scenarios'
import { MIXED_LOOP_ID, summarizeMock, type MockLoop } from '../../store'
import { mockReportHref } from '../../ui/router'
import { formatDuration, formatWhen } from './format'

/** Loops shown in the chart: the latest ones. The table lists every loop. */
const CHART_LOOPS = 12

/** `0.3′`, `12′`: minutes above a bar, one decimal while under ten. */
const minutesLabel = (seconds: number): string => {
  const minutes = seconds / 60
  return `${minutes < 10 ? minutes.toFixed(1) : Math.round(minutes)}′`
}

const scopeName = (scope: string): string => (scope === MIXED_LOOP_ID ? 'Mixed loop' : (findScenario(scope)?.title ?? scope))

interface Props {
  loops: MockLoop[]
  /** The loop whose report is open: marked in the chart and the table. */
  currentId?: string
}

/**
 * Past loops compared: average score and time used per loop, as two bar charts (SVG, role="img",
 * titled and described) and the same numbers in a table, which is what screen readers read.
 */
export function MockHistory({ loops, currentId }: Props) {
  if (loops.length === 0) return <p className="muted">No finished loops yet: your scores and times appear here after your first loop.</p>
  const rows = loops.map((loop) => ({ loop, summary: summarizeMock(loop) }))
  const offset = Math.max(0, rows.length - CHART_LOOPS)
  const charted = rows.slice(offset)
  const name = (index: number) => `#${offset + index + 1}`
  return (
    <div className="mock-history">
      <div className="mock-charts">
        <BarChart
          title="Average score per loop"
          description={`Average score out of 100 of the last ${charted.length} loops, oldest first: ${charted.map((r) => r.summary.averageScore).join(', ')}.`}
          bars={charted.map((r, i) => ({ id: r.loop.id, name: name(i), value: r.summary.averageScore, max: 100, label: String(r.summary.averageScore) }))}
          max={100}
          unit="score"
          currentId={currentId}
        />
        <BarChart
          title="Time used per loop"
          description={`Minutes used of the time given, last ${charted.length} loops, oldest first: ${charted
            .map((r) => `${Math.round(r.summary.secondsUsed / 60)} of ${Math.round(r.summary.secondsGiven / 60)}`)
            .join(', ')}.`}
          bars={charted.map((r, i) => ({ id: r.loop.id, name: name(i), value: r.summary.secondsUsed / 60, max: r.summary.secondsGiven / 60, label: minutesLabel(r.summary.secondsUsed) }))}
          max={2 * Math.ceil(Math.max(1, ...charted.map((r) => r.summary.secondsGiven / 60)) / 2)}
          unit="minutes"
          currentId={currentId}
        />
      </div>
      <table className="mock-table">
        <caption>Every loop, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Loop</th>
            <th scope="col">Scope</th>
            <th scope="col">Accepted</th>
            <th scope="col">Average score</th>
            <th scope="col">Time used</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ loop, summary }, index) => (
            <tr key={loop.id} aria-current={loop.id === currentId ? 'true' : undefined}>
              <th scope="row">
                <a href={mockReportHref(loop.scope, loop.id)}>
                  #{index + 1}, {formatWhen(loop.startedAt)}
                </a>
                {loop.id === currentId && ' (this report)'}
              </th>
              <td>{scopeName(loop.scope)}</td>
              <td>
                {summary.accepted} of {summary.parts}
              </td>
              <td>{summary.averageScore}</td>
              <td>
                {formatDuration(summary.secondsUsed)} of {formatDuration(summary.secondsGiven)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface Bar {
  id: string
  /** `#3`: the loop's number in the table. */
  name: string
  value: number
  /** Drawn as an outline behind the bar (the time given); equal to the chart's max for scores. */
  max: number
  label: string
}

const WIDTH = 320
const HEIGHT = 180
const PAD = { top: 16, right: 8, bottom: 24, left: 32 }

function BarChart({ title, description, bars, max, unit, currentId }: { title: string; description: string; bars: Bar[]; max: number; unit: string; currentId?: string }) {
  const id = useId()
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const slot = plotW / Math.max(bars.length, 1)
  const barW = Math.min(28, slot * 0.6)
  const y = (value: number) => PAD.top + plotH - (Math.min(value, max) / max) * plotH
  const ticks = [0, max / 2, max]
  return (
    <figure className="mock-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="mock-chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="mock-chart-axis" x={PAD.left - 4} y={y(tick) + 4} textAnchor="end">
              {Math.round(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const x = PAD.left + slot * index + (slot - barW) / 2
          return (
            <g key={bar.id} className={bar.id === currentId ? 'mock-chart-current' : undefined}>
              {unit === 'minutes' && <rect className="mock-chart-given" x={x} width={barW} y={y(bar.max)} height={PAD.top + plotH - y(bar.max)} />}
              <rect className="mock-chart-bar" x={x} width={barW} y={y(bar.value)} height={PAD.top + plotH - y(bar.value)} />
              <text className="mock-chart-value" x={x + barW / 2} y={y(bar.value) - 3} textAnchor="middle">
                {bar.label}
              </text>
              <text className="mock-chart-axis" x={x + barW / 2} y={HEIGHT - 8} textAnchor="middle">
                {bar.name}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        {title}
        {unit === 'minutes' ? ' (outline: the time given)' : ''}
      </figcaption>
    </figure>
  )
}
