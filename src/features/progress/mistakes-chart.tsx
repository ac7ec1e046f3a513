import { useId } from 'react'
import type { MistakeCount } from './progress-stats'
import { fitText, useWidth } from './use-width'

// Hand-rolled SVG, like the activity chart (see activity-chart.tsx for why).

const ROW = 62
/** Room after the longest bar for its count. */
const COUNT_ROOM = 36

interface Props {
  mistakes: MistakeCount[]
  /** The exercise's title (and scenario) for a mistake's exercise id. */
  exerciseName: (exerciseId: string) => string
}

const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`

/** The mistakes made most often, as horizontal bars, with the full sentences in a table. */
export function MistakesChart({ mistakes, exerciseName }: Props) {
  const id = useId()
  const [box, WIDTH] = useWidth<HTMLElement>(640)
  const barMax = Math.max(40, WIDTH - COUNT_ROOM)
  const max = Math.max(1, ...mistakes.map((m) => m.count))
  const height = mistakes.length * ROW + 4
  const description = mistakes.map((m) => `${m.name}, in ${exerciseName(m.exerciseId)}: ${times(m.count)}.`).join(' ')
  return (
    <figure className="chart" ref={box}>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg">
        <title id={`${id}-title`}>Mistakes made most often</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {mistakes.map((m, i) => {
          const top = i * ROW
          const width = Math.max(3, (m.count / max) * barMax)
          return (
            <g key={m.key}>
              <text x={0} y={top + 14} className="chart-text">
                {fitText(m.name, WIDTH, 14)}
              </text>
              <text x={0} y={top + 31} className="chart-label">
                {fitText(exerciseName(m.exerciseId), WIDTH, 12)}
              </text>
              <rect x={0} y={top + 38} width={width} height={14} rx={2} className="chart-rejected" />
              <text x={width + 6} y={top + 45} dy="0.35em" className="chart-text">
                {m.count}
              </text>
            </g>
          )
        })}
      </svg>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <table className="progress-table">
          <caption>Mistakes made most often, with the feedback's words</caption>
          <thead>
            <tr>
              <th scope="col">Mistake</th>
              <th scope="col">Exercise</th>
              <th scope="col">Times</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {mistakes.map((m) => (
              <tr key={m.key}>
                <th scope="row">{m.label}</th>
                <td>{exerciseName(m.exerciseId)}</td>
                <td>{m.count}</td>
                <td>{new Date(m.lastAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
