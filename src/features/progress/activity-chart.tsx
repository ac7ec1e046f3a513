import { useId } from 'react'
import { countTicks, formatShortDay } from './chart-scale'
import type { DayActivity } from './progress-stats'
import { useWidth } from './use-width'

// Hand-rolled SVG rather than a chart library: the two charts of this page are a few dozen lines
// each, while a library (Recharts, Chart.js, visx) would add tens of kilobytes of JavaScript to
// the page for them. Colours come from the theme's CSS variables (progress.css), so both themes read.

const HEIGHT = 200
const PAD = { top: 10, right: 22, bottom: 26, left: 34 }

/** Submits per day (accepted and rejected, stacked) for the last days, with the same numbers as a table. */
export function ActivityChart({ days }: { days: DayActivity[] }) {
  const id = useId()
  const [box, WIDTH] = useWidth<HTMLElement>(640)
  const totals = days.map((d) => d.accepted + d.rejected)
  const submits = totals.reduce((a, b) => a + b, 0)
  const accepted = days.reduce((a, d) => a + d.accepted, 0)
  const ticks = countTicks(Math.max(...totals))
  const top = ticks[ticks.length - 1]
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  const slot = plotWidth / days.length
  const barWidth = Math.max(2, slot * 0.7)
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight
  const busiest = days.reduce((best, d, i) => (totals[i] > best.total ? { day: d.day, total: totals[i] } : best), { day: '', total: 0 })
  const active = days.filter((d) => d.accepted + d.rejected > 0)

  const description =
    submits === 0
      ? `No Submits from ${formatShortDay(days[0].day)} to ${formatShortDay(days[days.length - 1].day)}.`
      : `${submits} ${submits === 1 ? 'Submit' : 'Submits'} on ${active.length} of the last ${days.length} days, ${accepted} accepted. ` +
        `Busiest day: ${formatShortDay(busiest.day)} with ${busiest.total}.`

  return (
    <figure className="chart" ref={box}>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart-svg">
        <title id={`${id}-title`}>{`Submits per day, last ${days.length} days`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className={tick === 0 ? 'chart-axis' : 'chart-grid'} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" className="chart-label">
              {tick}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = PAD.left + i * slot + (slot - barWidth) / 2
          // A date under every 7th bar, from today back; every 14th when the chart is narrow.
          const showLabel = (days.length - 1 - i) % (slot * 7 < 60 ? 14 : 7) === 0
          return (
            <g key={d.day}>
              {d.accepted > 0 && <rect x={x} width={barWidth} y={y(d.accepted)} height={y(0) - y(d.accepted)} className="chart-accepted" />}
              {d.rejected > 0 && (
                <rect x={x} width={barWidth} y={y(d.accepted + d.rejected)} height={y(d.accepted) - y(d.accepted + d.rejected)} className="chart-rejected" />
              )}
              {showLabel && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
                  {formatShortDay(d.day)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="chart-swatch chart-accepted-swatch" aria-hidden="true" /> Accepted
          </li>
          <li>
            <span className="chart-swatch chart-rejected-swatch" aria-hidden="true" /> Rejected
          </li>
        </ul>
      </figcaption>
      <details className="chart-table">
        <summary>Show as a table</summary>
        {active.length === 0 ? (
          <p>No Submits in these days.</p>
        ) : (
          <table className="progress-table">
            <caption>Submits per day (days without a Submit are left out)</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Accepted</th>
                <th scope="col">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {active.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatShortDay(d.day)}</th>
                  <td>{d.accepted}</td>
                  <td>{d.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  )
}
